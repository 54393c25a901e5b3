import type { LexicalDocument } from './lexical'

import { bold, doc, heading, link, list, paragraph, quote } from './lexical'
import { versionPages } from './versionPages'

export type SeedPage = {
  body: LexicalDocument
  ingress?: string
  /** Whether the text is written to pass the klarspråk checks, or as a realistic bad example. */
  quality: 'byråkratisk' | 'klarspråk'
  slug: string
  status: 'draft' | 'published'
  title: string
  /** The topic an original covers, where the municipality must have versions of it. */
  topic?: string
  /** A lättläst or language version of another seed page, by its slug. */
  version?: { language: string; of: string }
}

/**
 * Demo pages for Exempelkommun. Some follow klarspråk; some are deliberately bureaucratic
 * (long sentences, krångelord, passive voice, "läs mer" links) so the checks have work to do.
 */
const ordinaryPages: SeedPage[] = [
  {
    slug: 'start',
    title: 'Välkommen till Exempelkommun',
    quality: 'klarspråk',
    status: 'published',
    ingress: 'Här hittar du information om kommunens service. Du kan också kontakta oss direkt.',
    body: doc(
      heading('h2', 'Så når du oss'),
      paragraph(
        'Ring kontaktcenter på 0123-45 67 00 eller skicka e-post till kommun@exempelkommun.se. Vi svarar på e-post inom två arbetsdagar.',
      ),
      heading('h2', 'Populära tjänster'),
      list(
        'bullet',
        [link('Ansök om plats i förskola', '/forskola')],
        [link('Boka tid för bygglovsrådgivning', '/bygglov')],
        [link('Sophämtning och återvinning', '/sophamtning')],
      ),
    ),
  },
  {
    slug: 'forskola',
    title: 'Förskola',
    quality: 'klarspråk',
    status: 'published',
    ingress: 'Ditt barn kan börja i förskola från ett års ålder. Här ser du hur du ansöker.',
    body: doc(
      heading('h2', 'Så ansöker du'),
      list(
        'number',
        ['Logga in i e-tjänsten med e-legitimation.'],
        ['Välj upp till tre förskolor.'],
        ['Skicka ansökan senast fyra månader innan du behöver platsen.'],
      ),
      paragraph('Vi skickar ett erbjudande till dig i e-tjänsten. Du svarar inom 14 dagar.'),
      heading('h2', 'Vad kostar det?'),
      paragraph(
        'Avgiften beror på hushållets inkomst. Den är som högst 1 688 kronor i månaden för det första barnet.',
      ),
    ),
  },
  {
    slug: 'bygglov',
    title: 'Bygglov',
    quality: 'byråkratisk',
    status: 'published',
    ingress:
      'Ansökan om bygglov skall inges till byggnadsnämnden och erforderliga handlingar ska bifogas i enlighet med gällande bestämmelser.',
    body: doc(
      heading('h2', 'Ansökan'),
      paragraph(
        'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga erforderliga handlingar inkommer till byggnadsnämnden i god tid innan åtgärden påbörjas, då handläggningen annars icke kan påbörjas.',
      ),
      paragraph(
        'Ansökan handläggs av bygglovsenheten och beslut fattas av byggnadsnämnden eller av tjänsteman enligt delegationsordningen. ',
        link('Läs mer', 'https://www.boverket.se/'),
      ),
      heading('h2', 'AVGIFTER'),
      paragraph(
        'Avgift debiteras enl. kommunens taxa, t.ex. för lovprövning, tekniskt samråd och slutbesked m.m.',
      ),
    ),
  },
  {
    slug: 'sophamtning',
    title: 'Sophämtning och återvinning',
    quality: 'klarspråk',
    status: 'published',
    ingress: 'Vi hämtar ditt hushållsavfall varannan vecka. Här ser du vad du sorterar och var.',
    body: doc(
      heading('h2', 'Matavfall'),
      paragraph('Lägg matrester i den bruna påsen. Vi gör biogas av dem.'),
      heading('h2', 'Grovavfall'),
      paragraph(
        'Lämna grovavfall på återvinningscentralen. Den har öppet måndag till fredag 7–19 och lördag 9–15.',
      ),
    ),
  },
  {
    slug: 'ekonomiskt-bistand',
    title: 'Ekonomiskt bistånd',
    quality: 'byråkratisk',
    status: 'published',
    ingress:
      'Ekonomiskt bistånd är ett samhälleligt stöd som kan erhållas av den som icke på annat sätt kan tillgodose sina behov.',
    body: doc(
      paragraph(
        'För att erhålla ekonomiskt bistånd förutsätts att den enskilde i första hand har uttömt samtliga övriga möjligheter till försörjning, vilket innebär att eventuella tillgångar ska realiseras och att arbetsförmågan ska tas tillvara i den mån det är möjligt, varefter en individuell prövning företas av handläggaren.',
      ),
      paragraph(
        'Ansökan ska inkomma senast den 10:e i månaden. Blanketten kan erhållas från socialkontoret. ',
        link('Klicka här', '/blanketter/ansokan-ekonomiskt-bistand.pdf'),
        ' för att ladda ner blanketten.',
      ),
    ),
  },
  {
    slug: 'parkeringstillstand',
    title: 'Parkeringstillstånd för rörelsehindrade',
    quality: 'byråkratisk',
    status: 'published',
    ingress: 'Information rörande parkeringstillstånd.',
    body: doc(
      paragraph(
        'Parkeringstillstånd beviljas av kommunen efter ansökan, varvid läkarintyg ska bifogas som styrker att sökanden har ett varaktigt funktionshinder som väsentligt försvårar förflyttning på egen hand.',
      ),
      paragraph(
        'Med anledning av att handläggningstiden för närvarande uppgår till ca. åtta veckor ombedes sökanden att inkomma med ansökan i god tid. ',
        link('Läs mer här', 'https://www.transportstyrelsen.se/'),
      ),
    ),
  },
  {
    slug: 'bibliotek',
    title: 'Bibliotek',
    quality: 'klarspråk',
    status: 'published',
    ingress: 'På biblioteket kan du låna böcker, ljudböcker och filmer. Det är gratis.',
    body: doc(
      heading('h2', 'Låna och lämna'),
      paragraph('Du behöver ett lånekort. Du får det i disken om du visar legitimation.'),
      paragraph('Du kan låna i fyra veckor. Förläng lånen i appen eller på webben.'),
      heading('h2', 'Evenemang'),
      paragraph('Vi har sagostund för barn varje onsdag klockan 10.'),
    ),
  },
  {
    slug: 'felanmalan',
    title: 'Felanmälan gata och park',
    quality: 'klarspråk',
    status: 'published',
    ingress: 'Har du sett en trasig gatlampa eller ett hål i vägen? Berätta för oss.',
    body: doc(
      paragraph('Gör en felanmälan i e-tjänsten. Du kan bifoga en bild.'),
      paragraph('Vi åtgärdar akuta fel inom ett dygn. Andra fel åtgärdar vi inom två veckor.'),
      quote('Tack för att du hjälper oss att hålla kommunen i ordning!'),
    ),
  },
  {
    slug: 'kommunfullmaktige',
    title: 'Kommunfullmäktige',
    quality: 'byråkratisk',
    status: 'published',
    ingress:
      'Kommunfullmäktige är kommunens högsta beslutande organ och utgörs av 49 ledamöter som väljs i allmänna val vart fjärde år.',
    body: doc(
      paragraph(
        'Kommunfullmäktiges sammanträden är offentliga och allmänheten bereds tillfälle att ställa frågor under den s.k. allmänhetens frågestund, vilken äger rum i samband med sammanträdets inledning, under förutsättning att frågan anmälts till kommunfullmäktiges sekreterare senast fem arbetsdagar före sammanträdet.',
      ),
      paragraph(
        'Handlingar inför sammanträdet tillhandahålls på kommunens webbplats. ',
        link('Här', '/handlingar/kf-2026-12.pdf'),
        ' finns kallelsen.',
      ),
    ),
  },
  {
    slug: 'hemtjanst',
    title: 'Hemtjänst',
    quality: 'klarspråk',
    status: 'published',
    ingress: 'Hemtjänst är hjälp i hemmet för dig som inte klarar vardagen själv.',
    body: doc(
      heading('h2', 'Vad kan du få hjälp med?'),
      list('bullet', ['städning och tvätt'], ['inköp och matlagning'], ['personlig omsorg']),
      heading('h2', 'Så ansöker du'),
      paragraph(
        'Ring en biståndshandläggare. Vi kommer hem till dig och pratar om vad du behöver. Du får ett beslut inom tre veckor.',
      ),
    ),
  },
  {
    slug: 'vatten-och-avlopp',
    title: 'Vatten och avlopp',
    quality: 'byråkratisk',
    status: 'published',
    ingress: 'Information om kommunens VA-verksamhet.',
    body: doc(
      paragraph(
        'Fastighetsägare vars fastighet är belägen inom verksamhetsområdet för den allmänna vatten- och avloppsanläggningen är skyldig att erlägga anläggningsavgift samt brukningsavgift i enlighet med gällande VA-taxa, vilken fastställs av kommunfullmäktige.',
      ),
      paragraph(
        bold('OBS!'),
        ' Vid planerade avbrott i vattenleveransen aviseras berörda fastighetsägare via utskick. ',
        link('Klicka här', '/driftstorningar'),
        ' för aktuella driftstörningar.',
      ),
    ),
  },
  {
    slug: 'nytt-simhall-utkast',
    title: 'Den nya simhallen (utkast)',
    quality: 'klarspråk',
    status: 'draft',
    ingress: 'Den nya simhallen öppnar hösten 2027. Den här sidan är inte publicerad än.',
    body: doc(paragraph('Här berättar vi om bygget och om vad simhallen kommer att erbjuda.')),
  },
]

/** Every demo page: the ordinary ones, then the originals with lättläst and Finnish versions. */
export const seedPages: SeedPage[] = [...ordinaryPages, ...versionPages]
