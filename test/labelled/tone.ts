/**
 * Tilltal: handmärkta svenska meningar för att mäta klarspråkskontrollen av opersonligt tilltal.
 *
 * Märkning: varje mening är märkt för hand av en språkkonsult utifrån eget omdöme, inte efter vad
 * något program hittar. Regeln (Klarspråkshjälpen, Myndigheternas skrivregler) är att skriva du
 * till läsaren och vi om den som skriver. `expected` innehåller de ord som ska markeras, skrivna
 * precis som i texten (samma versaler), en post per förekomst; [] betyder att inget ska markeras.
 * Markeras: det generiska pronomenet 'man' (också i 'man själv', 'om man', 'när man' och efter
 * verbet, 'kan man'); 'den sökande', 'sökanden', 'den enskilde', 'den enskilda' och 'den enskildes'
 * när de syftar på läsaren (även genitiv 'sökandens', 'den sökandes' och plural 'de sökande');
 * 'undertecknad' om skribenten; 'myndigheten'/'myndighetens' när myndigheten talar om sig själv.
 * Markeras inte: substantivet 'man' (en man, god man, din man, man och kvinna, tolv man),
 * 'kommunen', 'nämnden' och 'staden' om avsändaren (många kommuner skriver så godtagbart; lämnas
 * omarkerat), 'den enskilda' som attribut ('den enskilda kommunen'), 'enskilda' i plural utan
 * 'den', 'sökande' i andra betydelser (sökandet, en sökande blick, 45 sökande till en tjänst),
 * 'den som', 'medborgarna', 'kunden', 'avsändaren' och namn som 'Myndigheten för delaktighet'.
 * Inga lagcitat ingår; 'den sökande' i ett lagcitat skulle markeras ändå.
 *
 * Kategorier: 'man-pronomen', 'man-substantiv', 'omtal-läsaren', 'omtal-avsändaren',
 * 'direkt-tilltal' (meningen använder du, ni eller vi) och 'neutral' (inget tilltal alls). Har en
 * mening både ett pronomen 'man' och substantivet 'man' räknas den som 'man-pronomen'.
 *
 * Källor: Klarspråkshjälpen (Språkrådet/Isof), Myndigheternas skrivregler. Meningar med `source`
 * kommer ur de fem kommunala servicepolicyerna i test/fixtures/policies (Härnösand, Helsingborg,
 * Salem, Värmdö, Alvesta), ordagrant eller kortade till en mening (en listpunkt ihopfogad med sin
 * inledning). I policyerna syftar 'den enskilde' på invånaren som policyn handlar om, alltså den
 * som läser kommunens texter; de markeras. Övriga meningar är skrivna för detta set i samma ton som
 * en svensk kommuns webbplats.
 *
 * Tone: hand-labelled Swedish sentences for measuring the plain-language check of impersonal
 * address.
 *
 * Labelling: each sentence was labelled by hand by a language consultant from their own judgement,
 * not from any program's output. The rule is 'du' to the reader and 'vi' about the writer.
 * `expected` holds the words to mark exactly as written, one entry per occurrence; [] means none.
 * Marked: the generic pronoun 'man'; 'den sökande', 'sökanden', 'den enskilde', 'den enskilda',
 * 'den enskildes' (and genitive/plural forms of 'sökande') when they mean the reader;
 * 'undertecknad' for the writer; 'myndigheten'/'myndighetens' when the authority speaks of itself.
 * Not marked: the noun 'man', 'kommunen' (and 'nämnden', 'staden') about the sender, attributive
 * 'den enskilda', bare plural 'enskilda', other senses of 'sökande', 'den som' and names such as
 * 'Myndigheten för delaktighet'. No legal quotations are included.
 *
 * Categories: 'man-pronomen', 'man-substantiv', 'omtal-läsaren', 'omtal-avsändaren',
 * 'direkt-tilltal' (uses du/ni/vi) and 'neutral' (no address at all).
 *
 * Sources: Klarspråkshjälpen (Språkrådet/Isof), Myndigheternas skrivregler. Sentences with `source`
 * come from the five municipal service policies in test/fixtures/policies; the rest were written for
 * this set in a Swedish municipality's website register.
 */

export type ToneCategory =
  | 'man-pronomen'
  | 'man-substantiv'
  | 'omtal-läsaren'
  | 'omtal-avsändaren'
  | 'direkt-tilltal'
  | 'neutral'

export type ToneCase = {
  /** En mening. / One sentence. */
  text: string
  /** Det som ska markeras, som det står i texten; [] om inget. / Marks as written; [] if none. */
  expected: string[]
  category: ToneCategory
  /** Kort motivering på svenska. / Short reason in Swedish. */
  reason: string
  /** 'seed 00N' när meningen kommer ur en seed-fil. / When taken from a seed file. */
  source?: string
}

export const toneCases: ToneCase[] = [
  // --- Ur de kommunala servicepolicyerna / from the seed policies ---
  {
    text: 'Om detta inte är möjligt p.g.a. arbetsbelastning m.m. skall man återkomma senast inom ett dygn.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man om de anställda → vi',
    source: 'seed 002',
  },
  {
    text: 'I vår myndighetsutövning fattar vi ibland beslut som är negativa för den enskilde.',
    expected: ['den enskilde'],
    category: 'omtal-läsaren',
    reason: 'den enskilde = invånaren → dig',
    source: 'seed 001',
  },
  {
    text: 'I våra servicemöten strävar vi efter att göra det som blir bäst för den enskilde.',
    expected: ['den enskilde'],
    category: 'omtal-läsaren',
    reason: 'den enskilde = invånaren → dig',
    source: 'seed 001',
  },
  {
    text: 'Tydlighet och insyn vid myndighetsutövning innebär att vi särskilt beaktar vikten av en rättssäker handläggning eftersom den enskilde normalt är starkt beroende av kommunen och den tjänsteman som handlägger ärendet.',
    expected: ['den enskilde'],
    category: 'omtal-läsaren',
    reason: 'den enskilde = invånaren → du; kommunen markeras inte',
    source: 'seed 002',
  },
  {
    text: 'På så sätt stärks den enskildes förtroende för tjänsten och för kommunen.',
    expected: ['den enskildes'],
    category: 'omtal-läsaren',
    reason: 'den enskildes = invånarens → ditt',
    source: 'seed 002',
  },
  {
    text: 'I kommunens myndighetsutövning fattas ibland beslut som är negativa för den enskilde.',
    expected: ['den enskilde'],
    category: 'omtal-läsaren',
    reason: 'den enskilde = invånaren → dig',
    source: 'seed 003',
  },
  {
    text: 'Enligt 4 § förvaltningslagen är kommunen skyldig att lämna upplysningar, vägledning, råd och annan hjälp till enskilda i frågor som rör verksamhetsområdet.',
    expected: [],
    category: 'neutral',
    reason: 'enskilda i plural utan den, referat av lagtext; kommunen markeras inte',
    source: 'seed 003',
  },
  {
    text: 'Frågor från enskilda ska besvaras så snart som möjligt.',
    expected: [],
    category: 'neutral',
    reason: 'enskilda i plural utan den markeras inte',
    source: 'seed 003',
  },
  {
    text: 'Besked om leveranstider innebär att vi ger tydlig information om olika åtaganden som vi har mot enskilda, t ex på hemsidan.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi om avsändaren; enskilda i plural utan den markeras inte',
    source: 'seed 002',
  },
  {
    text: 'Vi skriver och pratar klarspråk för att vara tydliga och undvika missförstånd.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi om avsändaren',
    source: 'seed 001',
  },
  {
    text: 'Vi är generösa med information som andra behöver.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi om avsändaren',
    source: 'seed 001',
  },
  {
    text: 'Helsingborgs stad är en serviceorganisation.',
    expected: [],
    category: 'neutral',
    reason: 'namnet på avsändaren markeras inte',
    source: 'seed 001',
  },
  {
    text: 'Kommunen håller vad den lovar.',
    expected: [],
    category: 'neutral',
    reason: 'kommunen om avsändaren är godtaget och markeras inte',
    source: 'seed 003',
  },
  {
    text: 'Det ska vara lätt att komma i kontakt med kommunen.',
    expected: [],
    category: 'neutral',
    reason: 'kommunen markeras inte',
    source: 'seed 003',
  },
  {
    text: 'Kommunens service ska vara lätt att nå och använda.',
    expected: [],
    category: 'neutral',
    reason: 'kommunens markeras inte',
    source: 'seed 000',
  },
  {
    text: 'Minst två kontaktvägar ska alltid erbjudas (ex. e-post och telefon).',
    expected: [],
    category: 'neutral',
    reason: 'inget tilltal alls',
    source: 'seed 000',
  },
  {
    text: 'Vi svarar även när det ringer i andras telefoner.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi om avsändaren',
    source: 'seed 002',
  },
  {
    text: 'Vi ser synpunkter/klagomål som något positivt och ett bra tillfälle att förbättra verksamheten.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi om avsändaren',
    source: 'seed 002',
  },
  {
    text: 'Vi uppmanar invånarna att lämna synpunkter, bland annat via Salems kommun informerar.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi om avsändaren; invånarna markeras inte',
    source: 'seed 002',
  },
  {
    text: 'Det ska vara enkelt för medborgarna att hitta information om vår verksamhet och att komma i kontakt med oss.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vår och oss om avsändaren; medborgarna markeras inte',
    source: 'seed 004',
  },
  {
    text: 'Vi ska i varje kontakt bidra till att stärka förtroende för Alvesta kommun och dess verksamheter.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi om avsändaren',
    source: 'seed 004',
  },
  {
    text: 'Det är enkelt att lämna synpunkter och klagomål på våra verksamheter.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'våra om avsändaren',
    source: 'seed 001',
  },
  {
    text: 'Den som tar kontakt med Värmdö kommun ska känna sig väl mottagen och kontakten ska präglas av ett professionellt bemötande, hög tillgänglighet och god service.',
    expected: [],
    category: 'neutral',
    reason: 'den som är godtaget och markeras inte',
    source: 'seed 003',
  },
  {
    text: 'Internt ska medarbetare bemöta varandra på ett respektfullt sätt och samarbeta för att skapa en god helhetsupplevelse för den som kontaktar kommunen.',
    expected: [],
    category: 'neutral',
    reason: 'den som och kommunen markeras inte',
    source: 'seed 000',
  },
  {
    text: 'Bekräftelse ska ha nått avsändaren samma dag eller vid arbetsbelastning inom ett dygn.',
    expected: [],
    category: 'neutral',
    reason: 'avsändaren hör inte till de markerade orden',
    source: 'seed 002',
  },
  {
    text: 'Vårt bemötande är en viktig del av den kvalitet som Salemsborna upplever.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vårt om avsändaren',
    source: 'seed 002',
  },
  {
    text: 'Vi bemöter alla olika för att ge alla lika möjligheter.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi om avsändaren',
    source: 'seed 001',
  },
  {
    text: 'Vi möter varje individ utifrån dennes förutsättningar.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi om avsändaren; individ markeras inte',
    source: 'seed 001',
  },
  {
    text: 'Inkomna synpunkter besvaras i dialog med den som lämnat synpunkten.',
    expected: [],
    category: 'neutral',
    reason: 'den som markeras inte',
    source: 'seed 003',
  },

  // --- man som pronomen / generic 'man' ---
  {
    text: 'Man kan söka bidrag för att anpassa bostaden.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man i början av meningen → du',
  },
  {
    text: 'Man behöver inte boka tid för att besöka medborgarkontoret.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Man måste vara folkbokförd i kommunen för att få plats i förskolan.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man → ditt barn, du',
  },
  {
    text: 'Om man vill ha färdtjänst måste man ansöka hos kommunen.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'om man … måste man → om du … måste du',
  },
  {
    text: 'När man flyttar ska man anmäla ny adress till Skatteverket.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'när man … ska man → när du … ska du',
  },
  {
    text: 'Kan man få hjälp med att fylla i ansökan?',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man efter verbet i en fråga → Kan jag få hjälp',
  },
  {
    text: 'Här kan man hyra kanoter under sommaren.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man efter verbet → du',
  },
  {
    text: 'Vill man överklaga beslutet ska man skriva till kommunen inom tre veckor.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'vill man … ska man → vill du … ska du',
  },
  {
    text: 'Man själv ansvarar för att tomten är snöröjd.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man själv → du själv',
  },
  {
    text: 'Det är viktigt att man själv läser igenom beslutet.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man själv → du själv',
  },
  {
    text: 'Vi rekommenderar att man bokar plats i god tid.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Biblioteket är öppet för alla och man behöver inget lånekort för att läsa tidningar.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man efter och → du',
  },
  {
    text: 'Avgiften är låg men man måste betala den i förskott.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man efter men → du',
  },
  {
    text: 'Ring 112 eller åk till akuten om man blir akut sjuk.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'om man → om du',
  },
  {
    text: 'Eftersom man delar tvättstugan med andra ska man städa efter sig.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'eftersom man … ska man → eftersom du … ska du',
  },
  {
    text: 'Innan man börjar bygga behöver man ofta ett bygglov.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'innan man … behöver man → innan du … behöver du',
  },
  {
    text: 'Man får inte elda i naturreservatet.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Man ska sortera matavfallet i den bruna påsen.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Hur gör man för att anmäla ett fel på gatubelysningen?',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'hur gör man → hur gör jag',
  },
  {
    text: 'Vad kostar det om man vill hyra festlokalen en helg?',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'om man → om jag, om du',
  },
  {
    text: 'På vår webbplats kan man läsa mer om skolvalet.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Som vårdnadshavare kan man ansöka om modersmålsundervisning för sitt barn.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Man bör ha med sig legitimation när man hämtar ut ett paket.',
    expected: ['Man', 'man'],
    category: 'man-pronomen',
    reason: 'man … när man → du … när du',
  },
  {
    text: 'Har man frågor om sin faktura kan man ringa kundtjänst.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'har man … kan man → har du … kan du',
  },
  {
    text: 'Det är gratis att låna böcker, så man behöver inte betala något.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man efter så → du',
  },
  {
    text: 'Man brukar få svar inom två veckor.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Om man är under 18 år behöver man en vårdnadshavares underskrift.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'om man … behöver man → om du … behöver du',
  },
  {
    text: 'Skolskjuts kan man få om avståndet till skolan är långt.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man → ditt barn, du',
  },
  {
    text: 'Man kan också skicka in ansökan med vanlig post.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'I e-tjänsten ser man hur långt ärendet har kommit.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Där kan man lämna grovsopor och farligt avfall.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Man anmäler sig till kursen via e-tjänsten.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man anmäler sig → anmäl dig',
  },
  {
    text: 'När man har fått beslutet kan man överklaga det.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'när man … kan man → när du … kan du',
  },
  {
    text: 'Det är bra om man kontaktar oss innan man skickar in ritningarna.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'om man … innan man → om du … innan du',
  },
  {
    text: 'Tänk på att man inte får parkera på gångbanan.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Man kan säga att taxan har varit oförändrad i fem år.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'generiskt man även i man kan säga → stryk eller vi',
  },
  {
    text: 'Ju tidigare man ansöker, desto snabbare får man besked.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'ju tidigare man … får man → ju tidigare du … får du',
  },
  {
    text: 'Vill man veta mer kan man kontakta Medborgarservice.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'vill man … kan man → vill du … kan du',
  },
  {
    text: 'Vart vänder man sig om man vill klaga på bemötandet?',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'man två gånger → jag eller du',
  },
  {
    text: 'Genom att sortera rätt kan man minska mängden restavfall.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man → du',
  },
  {
    text: 'Man kan ansöka om god man hos överförmyndaren.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'första Man är pronomen → du; god man är ett substantiv och markeras inte',
  },
  {
    text: 'Om man inte kan sköta sin ekonomi själv kan man få hjälp av en god man.',
    expected: ['man', 'man'],
    category: 'man-pronomen',
    reason: 'om man … kan man → du; god man (ställföreträdare) markeras inte',
  },
  {
    text: 'Det är lätt att glömma, men man måste förnya parkeringstillståndet varje år.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'man efter men → du',
  },
  {
    text: 'Man själv eller ett ombud kan skriva under ansökan.',
    expected: ['Man'],
    category: 'man-pronomen',
    reason: 'man själv → du själv',
  },
  {
    text: 'Om man själv inte kan komma kan någon annan hämta ut beslutet med fullmakt.',
    expected: ['man'],
    category: 'man-pronomen',
    reason: 'om man själv → om du själv',
  },

  // --- man som substantiv / the noun 'man' ---
  {
    text: 'En man i 70-årsåldern hittades oskadd i skogen.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en man: substantiv',
  },
  {
    text: 'En gammal man satt på bänken utanför biblioteket.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en gammal man: substantiv',
  },
  {
    text: 'Överförmyndaren utser en god man när någon behöver hjälp med sin ekonomi.',
    expected: [],
    category: 'man-substantiv',
    reason: 'god man: ställföreträdare, substantiv',
  },
  {
    text: 'Vill du bli god man för en ensamkommande ungdom?',
    expected: [],
    category: 'man-substantiv',
    reason: 'god man: substantiv; du är rätt tilltal',
  },
  {
    text: 'Som god man får du ett arvode.',
    expected: [],
    category: 'man-substantiv',
    reason: 'god man: substantiv',
  },
  {
    text: 'Enligt föräldrabalken kan en god man utses om det behövs.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en god man: substantiv',
  },
  {
    text: 'Vi söker gode män och förvaltare.',
    expected: [],
    category: 'man-substantiv',
    reason: 'gode män: substantiv i plural',
  },
  {
    text: 'Den gode mannen hjälper dig att betala räkningar.',
    expected: [],
    category: 'man-substantiv',
    reason: 'mannen: substantiv i bestämd form',
  },
  {
    text: 'Mannen på bilden är kommunens förste stadsarkitekt.',
    expected: [],
    category: 'man-substantiv',
    reason: 'mannen: substantiv',
  },
  {
    text: 'Man och kvinna har samma rätt till föräldraledighet.',
    expected: [],
    category: 'man-substantiv',
    reason: 'man och kvinna: substantiv, trots versal i början av meningen',
  },
  {
    text: 'Vid gemensam ansökan ska både man och hustru skriva under.',
    expected: [],
    category: 'man-substantiv',
    reason: 'man och hustru: substantiv',
  },
  {
    text: 'Boken handlar om en gift man som flyttar till Gotland.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en gift man: substantiv',
  },
  {
    text: 'Du och din man kan ansöka om bostadsanpassning tillsammans.',
    expected: [],
    category: 'man-substantiv',
    reason: 'din man: make, substantiv',
  },
  {
    text: 'Hennes man arbetar som busschaufför i kommunen.',
    expected: [],
    category: 'man-substantiv',
    reason: 'hennes man: make, substantiv',
  },
  {
    text: 'Min man och jag vill adoptera – vart vänder vi oss?',
    expected: [],
    category: 'man-substantiv',
    reason: 'min man: make, substantiv',
  },
  {
    text: 'Alla kom man ur huse för att se invigningen av bron.',
    expected: [],
    category: 'man-substantiv',
    reason: 'man ur huse: fast uttryck med substantivet man',
  },
  {
    text: 'Räddningstjänsten var på plats med tolv man.',
    expected: [],
    category: 'man-substantiv',
    reason: 'tolv man: substantiv som antal personer',
  },
  {
    text: 'Besöket gjordes av två man från räddningstjänsten.',
    expected: [],
    category: 'man-substantiv',
    reason: 'två man: substantiv som antal personer',
  },
  {
    text: 'Laget vann trots att det spelade en man kort i sista perioden.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en man kort: substantiv',
  },
  {
    text: 'Fältet för kön kan fyllas i med kvinna, man eller annat.',
    expected: [],
    category: 'man-substantiv',
    reason: 'man som könsbeteckning: substantiv',
  },
  {
    text: 'En okänd man har ringt flera äldre och utgett sig för att vara från hemtjänsten.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en okänd man: substantiv',
  },
  {
    text: 'Vi varnar för en man som går runt och säljer brandsläckare.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en man: substantiv',
  },
  {
    text: 'Kursen vänder sig till både kvinnor och män.',
    expected: [],
    category: 'man-substantiv',
    reason: 'män: substantiv i plural',
  },
  {
    text: 'Statistiken visar att en man i kommunen i genomsnitt lever till 81 år.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en man: substantiv',
  },
  {
    text: 'Stiftelsen grundades av en rik man från trakten.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en rik man: substantiv',
  },
  {
    text: 'En ung man från kommunen har fått årets kulturstipendium.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en ung man: substantiv',
  },
  {
    text: 'Frågan gäller en man som bor på ett av våra äldreboenden.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en man: substantiv',
  },
  {
    text: 'Ensamstående man med två barn har samma rätt till stöd som ensamstående kvinna.',
    expected: [],
    category: 'man-substantiv',
    reason: 'ensamstående man: substantiv',
  },
  {
    text: 'Bilden föreställer en man som fiskar vid bryggan.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en man: substantiv',
  },
  {
    text: 'Kommunens äldste man fyllde 105 år i går.',
    expected: [],
    category: 'man-substantiv',
    reason: 'äldste man: substantiv',
  },
  {
    text: 'En man och en kvinna skadades lindrigt i olyckan på Storgatan.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en man: substantiv',
  },
  {
    text: 'Han är en man som alltid ställer upp för föreningen.',
    expected: [],
    category: 'man-substantiv',
    reason: 'en man: substantiv',
  },

  // --- Omtal av läsaren / the reader in the third person ---
  {
    text: 'Den sökande ska bifoga ett personbevis till ansökan.',
    expected: ['Den sökande'],
    category: 'omtal-läsaren',
    reason: 'den sökande → du',
  },
  {
    text: 'Sökanden får ett skriftligt beslut inom fyra veckor.',
    expected: ['Sökanden'],
    category: 'omtal-läsaren',
    reason: 'sökanden → du',
  },
  {
    text: 'Om sökanden inte kompletterar ansökan avslås den.',
    expected: ['sökanden'],
    category: 'omtal-läsaren',
    reason: 'sökanden → du',
  },
  {
    text: 'Beslutet skickas till den sökande med post.',
    expected: ['den sökande'],
    category: 'omtal-läsaren',
    reason: 'den sökande → dig',
  },
  {
    text: 'Den enskilde har rätt att ta del av sina journaler.',
    expected: ['Den enskilde'],
    category: 'omtal-läsaren',
    reason: 'den enskilde → du',
  },
  {
    text: 'Den enskilda ska själv kunna påverka hur insatserna utformas.',
    expected: ['Den enskilda'],
    category: 'omtal-läsaren',
    reason: 'den enskilda → du',
  },
  {
    text: 'Stödet ska utgå från den enskildes behov.',
    expected: ['den enskildes'],
    category: 'omtal-läsaren',
    reason: 'den enskildes → dina',
  },
  {
    text: 'Sökandens inkomst påverkar avgiftens storlek.',
    expected: ['Sökandens'],
    category: 'omtal-läsaren',
    reason: 'sökandens (genitiv av sökanden) → din',
  },
  {
    text: 'Handläggaren kontaktar den sökande om något saknas.',
    expected: ['den sökande'],
    category: 'omtal-läsaren',
    reason: 'den sökande → dig',
  },
  {
    text: 'Det är den enskildes ansvar att anmäla ändrade förhållanden.',
    expected: ['den enskildes'],
    category: 'omtal-läsaren',
    reason: 'den enskildes → ditt',
  },
  {
    text: 'Avgiften bestäms utifrån den enskildes betalningsförmåga.',
    expected: ['den enskildes'],
    category: 'omtal-läsaren',
    reason: 'den enskildes → din',
  },
  {
    text: 'Den sökande ska ha fyllt 18 år.',
    expected: ['Den sökande'],
    category: 'omtal-läsaren',
    reason: 'den sökande → du',
  },
  {
    text: 'Insatsen kan beviljas om den enskilde inte själv kan tillgodose sina behov.',
    expected: ['den enskilde'],
    category: 'omtal-läsaren',
    reason: 'den enskilde → du',
  },
  {
    text: 'Sökanden ska själv ansöka om förlängning av tillståndet.',
    expected: ['Sökanden'],
    category: 'omtal-läsaren',
    reason: 'sökanden → du',
  },
  {
    text: 'Kommunen meddelar sökanden när ritningarna är granskade.',
    expected: ['sökanden'],
    category: 'omtal-läsaren',
    reason: 'sökanden → dig; kommunen markeras inte',
  },
  {
    text: 'Den sökandes personnummer ska anges på blanketten.',
    expected: ['Den sökandes'],
    category: 'omtal-läsaren',
    reason: 'den sökandes (genitiv) → ditt',
  },
  {
    text: 'De sökande kallas till intervju i början av maj.',
    expected: ['De sökande'],
    category: 'omtal-läsaren',
    reason: 'de sökande (plural) syftar på läsarna → vi kallar dig',
  },
  {
    text: 'Om den enskilde är missnöjd med beslutet kan han eller hon överklaga.',
    expected: ['den enskilde'],
    category: 'omtal-läsaren',
    reason: 'den enskilde → du',
  },
  {
    text: 'Den enskilda kan när som helst säga upp hemtjänsten.',
    expected: ['Den enskilda'],
    category: 'omtal-läsaren',
    reason: 'den enskilda → du',
  },
  {
    text: 'Det är viktigt att den sökande läser igenom villkoren.',
    expected: ['den sökande'],
    category: 'omtal-läsaren',
    reason: 'den sökande → du',
  },
  {
    text: 'Ansökan ska vara undertecknad av sökanden.',
    expected: ['sökanden'],
    category: 'omtal-läsaren',
    reason: 'sökanden → dig; undertecknad är här ett particip, inte skribenten',
  },
  {
    text: 'Bygglovet skickas till sökanden och berörda grannar.',
    expected: ['sökanden'],
    category: 'omtal-läsaren',
    reason: 'sökanden → dig',
  },
  {
    text: 'Hemtjänsten planeras tillsammans med den enskilde.',
    expected: ['den enskilde'],
    category: 'omtal-läsaren',
    reason: 'den enskilde → dig',
  },
  {
    text: 'Har den sökande skulder hos Kronofogden kan ansökan avslås.',
    expected: ['den sökande'],
    category: 'omtal-läsaren',
    reason: 'den sökande → du',
  },

  // --- Omtal av avsändaren / the writer in the third person ---
  {
    text: 'Myndigheten handlägger din ansökan inom fyra veckor.',
    expected: ['Myndigheten'],
    category: 'omtal-avsändaren',
    reason: 'myndigheten om sig själv → vi',
  },
  {
    text: 'Myndigheten kommer att kontakta dig om något saknas.',
    expected: ['Myndigheten'],
    category: 'omtal-avsändaren',
    reason: 'myndigheten om sig själv → vi',
  },
  {
    text: 'Du kan nå myndighetens kundtjänst vardagar klockan 8–16.',
    expected: ['myndighetens'],
    category: 'omtal-avsändaren',
    reason: 'myndighetens om sig själv → vår',
  },
  {
    text: 'Ansökan ska skickas till myndigheten senast den 1 mars.',
    expected: ['myndigheten'],
    category: 'omtal-avsändaren',
    reason: 'myndigheten om sig själv → oss',
  },
  {
    text: 'Myndighetens beslut kan överklagas till förvaltningsrätten.',
    expected: ['Myndighetens'],
    category: 'omtal-avsändaren',
    reason: 'myndighetens om sig själv → vårt',
  },
  {
    text: 'Myndigheten ansvarar för att dina personuppgifter behandlas korrekt.',
    expected: ['Myndigheten'],
    category: 'omtal-avsändaren',
    reason: 'myndigheten om sig själv → vi',
  },
  {
    text: 'Myndigheten har beslutat att bevilja din ansökan.',
    expected: ['Myndigheten'],
    category: 'omtal-avsändaren',
    reason: 'myndigheten om sig själv → vi',
  },
  {
    text: 'Om myndigheten behöver fler uppgifter får du ett brev.',
    expected: ['myndigheten'],
    category: 'omtal-avsändaren',
    reason: 'myndigheten om sig själv → vi',
  },
  {
    text: 'Enligt myndighetens bedömning uppfyller du kraven.',
    expected: ['myndighetens'],
    category: 'omtal-avsändaren',
    reason: 'myndighetens om sig själv → vi bedömer',
  },
  {
    text: 'Undertecknad ansöker härmed om parkeringstillstånd.',
    expected: ['Undertecknad'],
    category: 'omtal-avsändaren',
    reason: 'undertecknad om skribenten → jag',
  },
  {
    text: 'Undertecknad har tagit del av informationen om behandling av personuppgifter.',
    expected: ['Undertecknad'],
    category: 'omtal-avsändaren',
    reason: 'undertecknad om skribenten → jag',
  },
  {
    text: 'Vid frågor, kontakta undertecknad.',
    expected: ['undertecknad'],
    category: 'omtal-avsändaren',
    reason: 'undertecknad om skribenten → mig',
  },
  {
    text: 'Undertecknad nås på telefon 0470-410 00.',
    expected: ['Undertecknad'],
    category: 'omtal-avsändaren',
    reason: 'undertecknad om skribenten → du når mig',
  },
  {
    text: 'Beslutet fattas av undertecknad på delegation från socialnämnden.',
    expected: ['undertecknad'],
    category: 'omtal-avsändaren',
    reason: 'undertecknad om skribenten → jag',
  },

  // --- Direkt tilltal / du, ni, vi ---
  {
    text: 'Du kan söka bidrag för att anpassa din bostad.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du till läsaren',
  },
  {
    text: 'Vi skickar beslutet till dig inom fyra veckor.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi och dig',
  },
  {
    text: 'Om du vill överklaga beslutet ska du skriva till oss inom tre veckor.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du och oss',
  },
  {
    text: 'Du behöver inte boka tid för att besöka oss.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du och oss',
  },
  {
    text: 'Har du frågor om din faktura kan du ringa vår kundtjänst.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du och vår',
  },
  {
    text: 'Vi kontaktar dig om något saknas i din ansökan.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi och dig',
  },
  {
    text: 'När du flyttar ska du anmäla din nya adress till Skatteverket.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du till läsaren',
  },
  {
    text: 'Om du är under 18 år behöver du en vårdnadshavares underskrift.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du till läsaren',
  },
  {
    text: 'Du själv bestämmer vilka insatser du vill ha.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du själv i stället för man själv',
  },
  {
    text: 'Ni som förening kan söka bidrag två gånger per år.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'ni till en förening',
  },
  {
    text: 'Kommunen skickar beslutet till dig med post.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'dig till läsaren; kommunen markeras inte',
  },
  {
    text: 'Vi fick 45 sökande till tjänsten som bibliotekarie.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'sökande = andra personer som sökt, inte läsaren',
  },
  {
    text: 'Är du arbetssökande kan du få hjälp av Jobbcentrum.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du till läsaren; arbetssökande är inte den sökande',
  },
  {
    text: 'Varje enskild medarbetare ansvarar för att bemöta dig vänligt.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'enskild medarbetare: adjektiv, inte den enskilde',
  },
  {
    text: 'I det enskilda fallet gör vi alltid en individuell bedömning.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'det enskilda fallet: adjektiv, inte den enskilda',
  },
  {
    text: 'Skicka det undertecknade avtalet till oss.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'undertecknade: particip, inte skribenten',
  },
  {
    text: 'Myndigheten för samhällsskydd och beredskap ger råd om hur du förbereder dig för en kris.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'Myndigheten för samhällsskydd och beredskap är ett namn på en annan myndighet',
  },
  {
    text: 'Vi på Medborgarservice hjälper dig gärna.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'vi och dig',
  },
  {
    text: 'Har du fått ett beslut som du inte är nöjd med kan du överklaga det.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du till läsaren',
  },
  {
    text: 'Vill du bli kontaktfamilj kan du höra av dig till oss.',
    expected: [],
    category: 'direkt-tilltal',
    reason: 'du och oss',
  },

  // --- Neutral / no address ---
  {
    text: 'Avgiften bestäms av den enskilda kommunen.',
    expected: [],
    category: 'neutral',
    reason: 'den enskilda är attribut till kommunen, inte omtal av läsaren',
  },
  {
    text: 'Den enskilda skolan bestämmer själv om läxor.',
    expected: [],
    category: 'neutral',
    reason: 'den enskilda är attribut till skolan, inte omtal av läsaren',
  },
  {
    text: 'Sökandet efter en ny rektor pågår fortfarande.',
    expected: [],
    category: 'neutral',
    reason: 'sökandet: letandet, inte den sökande',
  },
  {
    text: 'Konstverket visar en kvinna med en sökande blick.',
    expected: [],
    category: 'neutral',
    reason: 'sökande: adjektiv, inte den sökande',
  },
  {
    text: 'Avtalet är undertecknat av båda parter.',
    expected: [],
    category: 'neutral',
    reason: 'undertecknat: particip, inte skribenten',
  },
  {
    text: 'Läs mer hos Myndigheten för delaktighet.',
    expected: [],
    category: 'neutral',
    reason: 'Myndigheten för delaktighet är ett namn, inte avsändaren',
  },
  {
    text: 'Försäkringskassan är den myndighet som beslutar om bostadsbidrag.',
    expected: [],
    category: 'neutral',
    reason: 'en annan myndighet, inte avsändaren om sig själv',
  },
  {
    text: 'Nämnden sammanträder en gång i månaden.',
    expected: [],
    category: 'neutral',
    reason: 'nämnden markeras inte, som kommunen',
  },
  {
    text: 'Simhallen är stängd under jul och nyår.',
    expected: [],
    category: 'neutral',
    reason: 'inget tilltal',
  },
  {
    text: 'Bygglovet gäller i fem år.',
    expected: [],
    category: 'neutral',
    reason: 'inget tilltal',
  },
  {
    text: 'Det är gratis att låna böcker på biblioteket.',
    expected: [],
    category: 'neutral',
    reason: 'opersonlig konstruktion utan man',
  },
  {
    text: 'Den som vill hyra festlokalen bokar den i e-tjänsten.',
    expected: [],
    category: 'neutral',
    reason: 'den som markeras inte',
  },
]
