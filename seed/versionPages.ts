import type { SeedPage } from './pages'

import { doc, heading, link, list, paragraph } from './lexical'

/**
 * What webbriktlinjer R12 and lag (2009:724) ask of Exempelkommun, which is in the administrative
 * area for Finnish: the R12 topics with their lättläst versions, and the minority-rights page and
 * Kontakta kommunen in Finnish. Originals come before their versions (the seed links them by slug).
 */
export const versionPages: SeedPage[] = [
  {
    slug: 'om-kommunen',
    title: 'Om Exempelkommun',
    quality: 'klarspråk',
    status: 'published',
    topic: 'om-kommunen',
    ingress:
      'Exempelkommun har 42 000 invånare. Här kan du läsa om vad kommunen gör och vem som bestämmer.',
    body: doc(
      heading('h2', 'Vad kommunen gör'),
      paragraph(
        'Kommunen ansvarar för förskola, skola, äldreomsorg och socialtjänst. Vi sköter också vatten och avlopp, sophämtning och bygglov. Dessutom har vi bibliotek, idrottshallar och kulturskola.',
      ),
      heading('h2', 'Vem som bestämmer'),
      paragraph(
        'Invånarna väljer kommunfullmäktige vart fjärde år. Fullmäktige bestämmer om skatten och om kommunens budget. Kommunstyrelsen leder arbetet, och förvaltningarna gör det som politikerna har bestämt.',
      ),
    ),
  },
  {
    slug: 'dina-rattigheter',
    title: 'Dina rättigheter och skyldigheter',
    quality: 'klarspråk',
    status: 'published',
    topic: 'rattigheter',
    ingress: 'Som invånare har du rätt till service från kommunen. Du har också skyldigheter.',
    body: doc(
      heading('h2', 'Dina rättigheter'),
      list(
        'bullet',
        ['Du har rätt att få hjälp av kommunen med dina frågor.'],
        ['Du har rätt att läsa allmänna handlingar.'],
        ['Du har rätt att överklaga beslut som gäller dig.'],
        ['Du har rätt att få tolk om du inte talar svenska.'],
      ),
      heading('h2', 'Dina skyldigheter'),
      list(
        'bullet',
        ['Du ska betala skatt och avgifter.'],
        ['Du ska lämna rätt uppgifter när du ansöker om något.'],
        ['Du ska följa de regler som gäller, till exempel för bygglov.'],
      ),
    ),
  },
  {
    slug: 'kontakta-kommunen',
    title: 'Så kontaktar du kommunen',
    quality: 'klarspråk',
    status: 'published',
    topic: 'kontakta-oss',
    ingress: 'Du kan ringa, skicka e-post eller komma till kontaktcenter.',
    body: doc(
      list(
        'bullet',
        ['Ring kontaktcenter på 0123-45 67 00 vardagar mellan 8 och 17.'],
        ['Skicka e-post till kommun@exempelkommun.se. Vi svarar inom två arbetsdagar.'],
        ['Besök kontaktcenter på Storgatan 1.'],
      ),
      paragraph(
        'Alla sätt att nå oss, med öppettider, finns på sidan ',
        link('Kontakta oss', '/kontakta-oss'),
        '.',
      ),
    ),
  },
  {
    slug: 'nationella-minoriteter',
    title: 'Nationella minoriteter och minoritetsspråk',
    quality: 'klarspråk',
    status: 'published',
    topic: 'minoritetsrattigheter',
    ingress: 'Sverige har fem nationella minoriteter. Här kan du läsa om dina rättigheter.',
    body: doc(
      paragraph(
        'De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli.',
      ),
      heading('h2', 'Dina rättigheter'),
      paragraph(
        'Du har rätt att lära dig och använda ditt minoritetsspråk. Kommunen ska skydda och främja språken och kulturerna.',
      ),
      heading('h2', 'Finska i Exempelkommun'),
      paragraph(
        'Exempelkommun ingår i förvaltningsområdet för finska. Det betyder att du har rätt att använda finska när du har kontakt med kommunen. Du kan få förskola och äldreomsorg helt eller delvis på finska.',
      ),
    ),
  },
  {
    slug: 'om-kommunen-lattlast',
    title: 'Om kommunen på lättläst svenska',
    quality: 'klarspråk',
    status: 'published',
    version: { language: 'lattlast', of: 'om-kommunen' },
    ingress: 'Här kan du läsa vad kommunen gör.',
    body: doc(
      paragraph('Vår kommun heter Exempelkommun. Här bor 42 000 människor.'),
      heading('h2', 'Det här gör kommunen'),
      list(
        'bullet',
        ['Vi har förskolor och skolor.'],
        ['Vi hjälper gamla som behöver hjälp hemma.'],
        ['Vi ser till att du får rent vatten.'],
        ['Vi hämtar dina sopor.'],
      ),
      heading('h2', 'Vem bestämmer?'),
      paragraph(
        'Du röstar i valet vart fjärde år. Då väljer du vilka politiker som ska bestämma. De bestämmer hur vi ska använda pengarna.',
      ),
    ),
  },
  {
    slug: 'dina-rattigheter-lattlast',
    title: 'Dina rättigheter på lättläst svenska',
    quality: 'klarspråk',
    status: 'published',
    version: { language: 'lattlast', of: 'dina-rattigheter' },
    ingress: 'Här kan du läsa vad du har rätt till. Du kan också läsa vad du måste göra.',
    body: doc(
      heading('h2', 'Det här har du rätt till'),
      list(
        'bullet',
        ['Du får hjälp med dina frågor.'],
        ['Du får läsa papper som vi har.'],
        ['Du får säga nej till ett beslut.'],
        ['Du får en tolk om du behöver.'],
      ),
      heading('h2', 'Det här måste du göra'),
      list('bullet', ['Du betalar skatt.'], ['Du säger som det är när du ber om hjälp.']),
    ),
  },
  {
    slug: 'kontakta-kommunen-lattlast',
    title: 'Kontakta kommunen på lättläst svenska',
    quality: 'klarspråk',
    status: 'published',
    version: { language: 'lattlast', of: 'kontakta-kommunen' },
    ingress: 'Här kan du läsa hur du når oss.',
    body: doc(
      heading('h2', 'Ring oss'),
      paragraph('Du kan ringa oss på vardagar. Numret är 0123-45 67 00.'),
      heading('h2', 'Skicka e-post'),
      paragraph('Du kan skicka e-post till kommun@exempelkommun.se. Vi svarar inom två dagar.'),
      heading('h2', 'Kom till oss'),
      paragraph('Du kan också komma till oss. Vi finns på Storgatan 1.'),
    ),
  },
  {
    slug: 'ota-yhteytta',
    title: 'Näin otat yhteyttä kuntaan',
    quality: 'klarspråk',
    status: 'published',
    version: { language: 'fi', of: 'kontakta-kommunen' },
    ingress: 'Voit soittaa, lähettää sähköpostia tai tulla asiakaspalveluun.',
    body: doc(
      list(
        'bullet',
        ['Soita asiakaspalveluun numeroon 0123-45 67 00 arkisin kello 8–17.'],
        [
          'Lähetä sähköpostia osoitteeseen kommun@exempelkommun.se. Vastaamme kahden työpäivän kuluessa.',
        ],
        ['Tule käymään asiakaspalvelussa osoitteessa Storgatan 1.'],
      ),
      paragraph(
        'Voit asioida kanssamme suomeksi. Kerro, että haluat puhua suomea, niin autamme sinua mielellämme.',
      ),
    ),
  },
  {
    slug: 'kansalliset-vahemmistot',
    title: 'Kansalliset vähemmistöt ja vähemmistökielet',
    quality: 'klarspråk',
    status: 'published',
    version: { language: 'fi', of: 'nationella-minoriteter' },
    ingress: 'Ruotsissa on viisi kansallista vähemmistöä. Täältä voit lukea oikeuksistasi.',
    body: doc(
      paragraph(
        'Kansalliset vähemmistöt ovat juutalaiset, romanit, saamelaiset, ruotsinsuomalaiset ja tornionlaaksolaiset. Vähemmistökielet ovat jiddiš, romanikieli, saame, suomi ja meänkieli.',
      ),
      heading('h2', 'Oikeutesi'),
      paragraph(
        'Sinulla on oikeus oppia ja käyttää omaa vähemmistökieltäsi. Kunnan tulee suojella ja edistää kieliä ja kulttuureja.',
      ),
      heading('h2', 'Suomen kieli Exempelkommunissa'),
      paragraph(
        'Exempelkommun kuuluu suomen kielen hallintoalueeseen. Se tarkoittaa, että sinulla on oikeus käyttää suomea, kun asioit kunnan kanssa. Voit saada varhaiskasvatusta ja vanhustenhuoltoa kokonaan tai osittain suomeksi.',
      ),
    ),
  },
]
