/**
 * Krångelord: handmärkta svenska meningar för att mäta klarspråkskontrollen av krångliga ord och
 * fraser.
 *
 * Märkning: varje mening är märkt för hand av en språkkonsult utifrån eget omdöme, inte efter vad
 * något program hittar. `expected` innehåller de ord och fraser som en konsult skulle stryka under,
 * skrivna precis som i texten (samma stavning och versaler), en post per förekomst; [] betyder att
 * meningen inte har något krångelord. Fasta fraser markeras i sin helhet ('med anledning av',
 * 'vidta åtgärder', 'äger rum'). När verbet står skilt från 'åtgärder' markeras bara verbformen
 * ('vidtas', 'vidtagits').
 *
 * Kategorier:
 * - 'krångelord': ett enskilt ord i grundform (erhålla, samtliga, torde, såsom, skall).
 * - 'fras': en flerordsfras (i syfte att, med anledning av, i förekommande fall, per capita).
 * - 'böjd-form': en böjd form av ett krångelord eller en böjd fras (erhölls, inkom,
 *   vidtog åtgärder, äger rum). Har en mening flera träffar gäller ordningen böjd-form före
 *   fras före krångelord.
 * - 'annan-betydelse': samma bokstäver eller samma ordstam i en annan betydelse som inte ska
 *   markeras (inger förtroende, medgav att, handlade mat, äger huset, i alla avseenden,
 *   närvarande).
 * - 'vardagligt': enkel vardaglig mening utan krångel.
 * - 'neutral': formell men godtagbar mening utan krångelord.
 *
 * Gränsfall: 'skall' markeras (→ ska, Myndigheternas skrivregler), liksom 'gällande' som
 * preposition (→ om), 'i möjligaste mån' och 'beaktar' (kommunala klarspråksguider). 'gällande' som
 * adjektiv (gällande regler), substantiven 'handläggare' och 'handläggningstid', 'enligt',
 * 'utgör', 'respektive', 'såväl … som' och förkortningar som 'p.g.a.' och 'ex.' markeras inte.
 *
 * Källor: Svarta listan (Statsrådsberedningen PM 2011:1), Myndigheternas skrivregler och kommunala
 * klarspråksguider. Meningar med `source` kommer ur de fem kommunala servicepolicyerna i
 * test/fixtures/policies (Härnösand, Helsingborg, Salem, Värmdö, Alvesta), ordagrant eller kortade till
 * en mening (en listpunkt ihopfogad med sin inledning, första bokstaven versal). Övriga meningar är
 * skrivna för detta set i samma ton som en svensk kommuns webbplats.
 *
 * Krångelord: hand-labelled Swedish sentences for measuring the plain-language check of
 * bureaucratic words and phrases.
 *
 * Labelling: each sentence was labelled by hand by a language consultant from their own judgement,
 * not from any program's output. `expected` holds the words and phrases a consultant would
 * underline, exactly as written in the text, one entry per occurrence; [] means no bureaucratic
 * wording. Fixed phrases are marked whole; when the verb stands apart from 'åtgärder' only the verb
 * form is marked.
 *
 * Categories: 'krångelord' (one listed word in its base form), 'fras' (a multi-word phrase),
 * 'böjd-form' (an inflected word or phrase; with several hits böjd-form wins over fras, fras over
 * krångelord), 'annan-betydelse' (same letters or stem in another sense, not marked), 'vardagligt'
 * (plain everyday sentence) and 'neutral' (formal but acceptable).
 *
 * Borderline: 'skall', prepositional 'gällande', 'i möjligaste mån' and 'beaktar' are marked;
 * adjectival 'gällande', the nouns 'handläggare'/'handläggningstid', 'enligt', 'utgör',
 * 'respektive', 'såväl … som' and abbreviations are not.
 *
 * Sources: Svarta listan (Statsrådsberedningen PM 2011:1), Myndigheternas skrivregler and municipal
 * plain-language guides. Sentences with `source` come from the five municipal service policies in
 * test/fixtures/policies (verbatim or trimmed to one sentence); the rest were written for this set in a
 * Swedish municipality's website register.
 */

export type KrangelordCategory =
  'krångelord' | 'fras' | 'böjd-form' | 'annan-betydelse' | 'vardagligt' | 'neutral'

export type KrangelordCase = {
  /** En mening. / One sentence. */
  text: string
  /** Det en konsult skulle markera, som i texten; [] om inget. / Marks as written; [] if none. */
  expected: string[]
  category: KrangelordCategory
  /** Kort motivering på svenska. / Short reason in Swedish. */
  reason: string
  /** 'seed 00N' när meningen kommer ur en seed-fil. / When taken from a seed file. */
  source?: string
}

export const krangelordCases: KrangelordCase[] = [
  // --- Ur de kommunala servicepolicyerna / from the seed policies ---
  {
    text: 'Servicepolicyn gäller för samtliga medarbetare i Härnösands kommun.',
    expected: ['samtliga'],
    category: 'krångelord',
    reason: 'samtliga → alla (Svarta listan)',
    source: 'seed 000',
  },
  {
    text: 'Kommunens service ska vara lätt att nå och använda.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 000',
  },
  {
    text: 'Minst två kontaktvägar ska alltid erbjudas (ex. e-post och telefon).',
    expected: [],
    category: 'neutral',
    reason: 'passiv form men inga krångelord; förkortningen ex. hör till en annan kontroll',
    source: 'seed 000',
  },
  {
    text: 'Information i kommunens kanaler ska vara tydlig, begriplig och lätt att hitta.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 000',
  },
  {
    text: 'Telefonsamtal och e-post ska besvaras inom angiven tid och med tydliga hänvisningar vid frånvaro.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 000',
  },
  {
    text: 'E-tjänster och blanketter ska vara enkla att förstå och använda.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 000',
  },
  {
    text: 'Det ska vara enkelt att lämna synpunkter och förslag gällande kommunens verksamheter via flera av kommunens kanaler.',
    expected: ['gällande'],
    category: 'krångelord',
    reason: 'gällande (preposition) → om; kanslispråk enligt kommunala klarspråksguider',
    source: 'seed 000',
  },
  {
    text: 'All kontakt med kommunen ska präglas av vänlighet, respekt och förståelse.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 000',
  },
  {
    text: 'Klarspråk ska användas i alla sammanhang.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 000',
  },
  {
    text: 'Frågor ska besvaras korrekt och med tydlig återkoppling.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 000',
  },
  {
    text: 'Invånarnas synpunkter ska tas tillvara som underlag för förbättringsarbete.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 000',
  },
  {
    text: 'Den ska ses över minst en gång per mandatperiod eller vid behov.',
    expected: [],
    category: 'neutral',
    reason: 'per = varje, inte per capita',
    source: 'seed 000',
  },
  {
    text: 'Varje chef ansvarar för att informera, utbilda och stödja sina medarbetare i att arbeta enligt denna policy.',
    expected: [],
    category: 'neutral',
    reason: 'enligt är det enkla ordet (inte i enlighet med)',
    source: 'seed 000',
  },
  {
    text: 'Denna servicepolicy ska då fungera som ett verktyg i kravställning och upphandling, i syfte att säkerställa att våra invånare, företag, besökare och kollegor får den service de kan förvänta sig.',
    expected: ['i syfte att'],
    category: 'fras',
    reason: 'i syfte att → för att',
    source: 'seed 001',
  },
  {
    text: 'Helsingborgs stad är en serviceorganisation.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 001',
  },
  {
    text: 'Vår uppgift är att ge service till våra invånare, företag och besökare.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 001',
  },
  {
    text: 'Det kan handla om grundläggande behov eller stora drömmar.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'handla om: gälla, inte handlägga',
    source: 'seed 001',
  },
  {
    text: 'Vi skriver och pratar klarspråk för att vara tydliga och undvika missförstånd.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 001',
  },
  {
    text: 'Vi är generösa med information som andra behöver.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 001',
  },
  {
    text: 'Värde uppstår när våra tjänster används.',
    expected: [],
    category: 'neutral',
    reason: 'abstrakt men inga krångelord',
    source: 'seed 001',
  },
  {
    text: 'Vårt serviceinriktade förhållningssätt gäller såväl intern som extern service.',
    expected: [],
    category: 'neutral',
    reason: 'såväl … som (= både … och) är formellt men godtagbart, inte såsom',
    source: 'seed 001',
  },
  {
    text: 'Det är enkelt att lämna synpunkter och klagomål på våra verksamheter.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 001',
  },
  {
    text: 'När det finns behov kan vi ta fram kompletterande riktlinjer för olika typer av service, eller för olika verksamheter.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 001',
  },
  {
    text: 'I Helsingborg ska människor känna att allt är möjligt.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 001',
  },
  {
    text: 'Vi söker orsaken till problemet och använder synpunkter och klagomål i vårt förbättringsarbete.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 001',
  },
  {
    text: 'Om detta inte är möjligt p.g.a. arbetsbelastning m.m. skall man återkomma senast inom ett dygn.',
    expected: ['skall'],
    category: 'krångelord',
    reason: 'skall → ska (Myndigheternas skrivregler); förkortningarna hör till en annan kontroll',
    source: 'seed 002',
  },
  {
    text: 'Varje användare skall se till att ett personligt röstmeddelande är intalat i mobilsvaret.',
    expected: ['skall'],
    category: 'krångelord',
    reason: 'skall → ska; se till är redan den enkla formen av tillse',
    source: 'seed 002',
  },
  {
    text: 'Mobilsvaret skall lyssnas av så fort som möjligt efter mottaget meddelande.',
    expected: ['skall'],
    category: 'krångelord',
    reason: 'skall → ska',
    source: 'seed 002',
  },
  {
    text: 'Frågor på e-post skall besvaras inom tre dygn.',
    expected: ['skall'],
    category: 'krångelord',
    reason: 'skall → ska',
    source: 'seed 002',
  },
  {
    text: 'Besked om leveranstider innebär att vi vid felanmälan ger besked om vilka åtgärder som kommer att vidtas, när det kommer att göras och vem som är ansvarig.',
    expected: ['vidtas'],
    category: 'böjd-form',
    reason: 'åtgärder … vidtas → vad vi kommer att göra (vidta åtgärder, böjt och isärställt)',
    source: 'seed 002',
  },
  {
    text: 'Tydlighet och insyn vid myndighetsutövning innebär att vi särskilt beaktar vikten av en rättssäker handläggning eftersom den enskilde normalt är starkt beroende av kommunen och den tjänsteman som handlägger ärendet.',
    expected: ['beaktar', 'handlägger'],
    category: 'böjd-form',
    reason:
      'beaktar → tänker på; handlägger → har hand om; substantivet handläggning markeras inte',
    source: 'seed 002',
  },
  {
    text: 'Kontakten sker i möjligaste mån vid besök eller via telefon.',
    expected: ['i möjligaste mån'],
    category: 'fras',
    reason: 'i möjligaste mån → så långt det går (kanslispråk, kommunala guider)',
    source: 'seed 002',
  },
  {
    text: 'Klagomål möts omgående och senast inom en vecka.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 002',
  },
  {
    text: 'På så sätt stärks den enskildes förtroende för tjänsten och för kommunen.',
    expected: [],
    category: 'neutral',
    reason: 'opersonligt tilltal (egen kontroll) men inga krångelord',
    source: 'seed 002',
  },
  {
    text: 'Blanketten kan hämtas elektroniskt på kommunens webbplats och i pappersform i kommunhusets reception eller på biblioteket.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 002',
  },
  {
    text: 'Vi ser synpunkter/klagomål som något positivt och ett bra tillfälle att förbättra verksamheten.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 002',
  },
  {
    text: 'Återkoppling görs till respektive nämnd.',
    expected: [],
    category: 'neutral',
    reason: 'respektive är godtagbart; inget krångelord',
    source: 'seed 002',
  },
  {
    text: 'Bekräftelse ska ha nått avsändaren samma dag eller vid arbetsbelastning inom ett dygn.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 002',
  },
  {
    text: 'Med serviceanda menar vi tillgänglighet, tydliga besked och insyn vid myndighetsutövning.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 002',
  },
  {
    text: 'Föreliggande riktlinjer lägger grunden för Värmdö kommuns service, där tillgänglighet utgör en viktig del, oavsett vilken verksamhet det handlar om.',
    expected: ['Föreliggande'],
    category: 'böjd-form',
    reason: 'föreliggande (av föreligga) → de här; utgör markeras inte',
    source: 'seed 003',
  },
  {
    text: 'En missnöjd medborgare kan inte välja bort kommunens tjänster avseende till exempel myndighetsutövning till förmån för ett företag som levererar bättre service.',
    expected: ['avseende'],
    category: 'krångelord',
    reason: 'avseende (preposition) → när det gäller, om',
    source: 'seed 003',
  },
  {
    text: 'Inom vissa områden såsom utbildning och socialtjänst finns krav enligt lag om att ta emot och utreda klagomål.',
    expected: ['såsom'],
    category: 'krångelord',
    reason: 'såsom → som, till exempel',
    source: 'seed 003',
  },
  {
    text: 'Målsättningen är att den största andelen av förfrågningar som inkommer till kommunen ska hanteras direkt av kontaktcenter för att öka servicenivån och ge svar direkt.',
    expected: ['inkommer'],
    category: 'böjd-form',
    reason: 'inkommer (av inkomma) → kommer in',
    source: 'seed 003',
  },
  {
    text: 'Inkomna synpunkter besvaras i dialog med den som lämnat synpunkten.',
    expected: ['Inkomna'],
    category: 'böjd-form',
    reason: 'inkomna (av inkomma) → synpunkter som kommer in',
    source: 'seed 003',
  },
  {
    text: 'Synpunkter kan lämnas anonymt men då kan inge återkoppling ges.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'inge är här ett skrivfel för ingen, inte verbet inge (lämna in)',
    source: 'seed 003',
  },
  {
    text: 'Ett klagomål innebär ett missnöje gällande kommunens tjänster eller service.',
    expected: ['gällande'],
    category: 'krångelord',
    reason: 'gällande (preposition) → med',
    source: 'seed 003',
  },
  {
    text: 'Kommunen finansierar sin verksamhet genom skatter och avgifter och har inom flera områden/verksamheter monopol på tjänster.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 003',
  },
  {
    text: 'Värmdö kommun ska vara en serviceorganisation i världsklass.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 003',
  },
  {
    text: 'SMS ska besvaras enligt samma riktlinjer som telefonsamtal.',
    expected: [],
    category: 'neutral',
    reason: 'enligt är det enkla ordet',
    source: 'seed 003',
  },
  {
    text: 'Kommunen tar emot brev genom adressen Värmdö kommun, 134 81 Gustavsberg.',
    expected: [],
    category: 'vardagligt',
    reason: 'tar emot är den enkla formen; inget krångelord',
    source: 'seed 003',
  },
  {
    text: 'Det ska vara lätt för kunder att lämna synpunkter och klagomål.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 003',
  },
  {
    text: 'Synpunkter ska tas emot direkt och inte hänvisas till någon annan.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 003',
  },
  {
    text: 'Kommunen håller vad den lovar.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 003',
  },
  {
    text: 'Frågor från enskilda ska besvaras så snart som möjligt.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 003',
  },
  {
    text: 'Enligt 4 § förvaltningslagen är kommunen skyldig att lämna upplysningar, vägledning, råd och annan hjälp till enskilda i frågor som rör verksamhetsområdet.',
    expected: [],
    category: 'neutral',
    reason: 'lagtext i referat; enligt (inte i enlighet med), inga krångelord',
    source: 'seed 003',
  },
  {
    text: 'Information om besökstider ska finnas på kommunens externa hemsida och hållas uppdaterad.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 003',
  },
  {
    text: 'Det ska vara enkelt för medborgarna att hitta information om vår verksamhet och att komma i kontakt med oss.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
    source: 'seed 004',
  },
  {
    text: 'Vi ska i varje kontakt bidra till att stärka förtroende för Alvesta kommun och dess verksamheter.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
    source: 'seed 004',
  },
  {
    text: 'Detta gäller såväl i servicefrågor som i kommunens tillsyn och myndighetsutövning.',
    expected: [],
    category: 'neutral',
    reason: 'såväl … som är godtagbart; tillsyn är inte tillse',
    source: 'seed 004',
  },
  {
    text: 'Aktiverande dokument syftar till förändring och utveckling.',
    expected: [],
    category: 'neutral',
    reason: 'syftar till är inte frasen i syfte att',
    source: 'seed 004',
  },
  {
    text: 'Våra styrdokument kan vara av två huvudtyper, aktiverande och normerande.',
    expected: [],
    category: 'neutral',
    reason: 'fackord men inga krångelord',
    source: 'seed 004',
  },

  // --- Krångelord i grundform / single words, base form ---
  {
    text: 'Du kan erhålla bidrag till hemtjänst om du är över 65 år.',
    expected: ['erhålla'],
    category: 'krångelord',
    reason: 'erhålla → få (Svarta listan)',
  },
  {
    text: 'Du ska erlägga avgiften innan kursen börjar.',
    expected: ['erlägga'],
    category: 'krångelord',
    reason: 'erlägga → betala (Svarta listan)',
  },
  {
    text: 'För att inneha ett serveringstillstånd måste du gå en utbildning i ansvarsfull alkoholservering.',
    expected: ['inneha'],
    category: 'krångelord',
    reason: 'inneha → ha (Svarta listan)',
  },
  {
    text: 'Biblioteket kan tillhandahålla lånedatorer för dig som saknar egen dator.',
    expected: ['tillhandahålla'],
    category: 'krångelord',
    reason: 'tillhandahålla → låna ut, erbjuda',
  },
  {
    text: 'Du ska inkomma med kompletteringen senast den 15 mars.',
    expected: ['inkomma'],
    category: 'krångelord',
    reason: 'inkomma med → skicka in, lämna in',
  },
  {
    text: 'Vi vill gärna delge er våra erfarenheter av projektet.',
    expected: ['delge'],
    category: 'krångelord',
    reason: 'delge → berätta om, dela med oss av',
  },
  {
    text: 'Nämnden ska delgiva sökanden beslutet.',
    expected: ['delgiva'],
    category: 'krångelord',
    reason: 'delgiva → meddela, skicka (Svarta listan)',
  },
  {
    text: 'Det kan föreligga särskilda skäl för att bevilja förlängd tid.',
    expected: ['föreligga'],
    category: 'krångelord',
    reason: 'föreligga → finnas (Svarta listan)',
  },
  {
    text: 'Vi ber dig tillställa oss underlagen per post.',
    expected: ['tillställa'],
    category: 'krångelord',
    reason: 'tillställa → skicka (Svarta listan)',
  },
  {
    text: 'Därest avgiften inte betalas i tid skickar vi en påminnelse.',
    expected: ['Därest'],
    category: 'krångelord',
    reason: 'därest → om (Svarta listan)',
  },
  {
    text: 'Bygglov krävs för garage, förråd och dylik byggnad över 15 kvadratmeter.',
    expected: ['dylik'],
    category: 'krångelord',
    reason: 'dylik → sådan, liknande (Svarta listan)',
  },
  {
    text: 'Anmälan är emellertid inte klar förrän du har betalat.',
    expected: ['emellertid'],
    category: 'krångelord',
    reason: 'emellertid → men, ändå',
  },
  {
    text: 'Vi har fått många frågor avseende nya regler för sophämtning.',
    expected: ['avseende'],
    category: 'krångelord',
    reason: 'avseende (preposition) → om',
  },
  {
    text: 'Beträffande parkering hänvisar vi till infartsparkeringen vid stationen.',
    expected: ['Beträffande'],
    category: 'krångelord',
    reason: 'beträffande → om, när det gäller (Svarta listan)',
  },
  {
    text: 'Du som hyr lokalen ska tillse att den är städad när du lämnar den.',
    expected: ['tillse'],
    category: 'krångelord',
    reason: 'tillse → se till (Svarta listan)',
  },
  {
    text: 'Handläggningstiden torde bli längre under sommaren.',
    expected: ['torde'],
    category: 'krångelord',
    reason: 'torde → blir troligen; substantivet handläggningstid markeras inte',
  },
  {
    text: 'Vi meddelar härmed att simhallen är stängd vecka 32.',
    expected: ['härmed'],
    category: 'krångelord',
    reason: 'härmed → stryk (Svarta listan)',
  },
  {
    text: 'Fyll i ovanstående uppgifter innan du skickar formuläret.',
    expected: ['ovanstående'],
    category: 'krångelord',
    reason: 'ovanstående → uppgifterna här ovanför, ange vilka',
  },
  {
    text: 'Läs nedanstående information innan du ansöker om färdtjänst.',
    expected: ['nedanstående'],
    category: 'krångelord',
    reason: 'nedanstående → informationen nedan, här',
  },
  {
    text: 'Det är socialtjänsten som ska handlägga ansökan om ekonomiskt bistånd.',
    expected: ['handlägga'],
    category: 'krångelord',
    reason: 'handlägga → utreda, behandla',
  },
  {
    text: 'Det kommer att åligga dig som fastighetsägare att skotta trottoaren.',
    expected: ['åligga'],
    category: 'krångelord',
    reason: 'åligga → vara skyldig att (Svarta listan)',
  },
  {
    text: 'Hon är rektor och tillika förskolechef i norra området.',
    expected: ['tillika'],
    category: 'krångelord',
    reason: 'tillika → också (Svarta listan)',
  },
  {
    text: 'Du kan lämna grovsopor såsom möbler och cyklar på återvinningscentralen.',
    expected: ['såsom'],
    category: 'krångelord',
    reason: 'såsom → som, till exempel',
  },
  {
    text: 'Samtliga förskolor har stängt på midsommarafton.',
    expected: ['Samtliga'],
    category: 'krångelord',
    reason: 'samtliga → alla',
  },
  {
    text: 'Ta med erforderlig utrustning till kursen, till exempel stövlar och regnkläder.',
    expected: ['erforderlig'],
    category: 'krångelord',
    reason: 'erforderlig → den utrustning som behövs (Svarta listan)',
  },
  {
    text: 'Du kan betala medelst kort eller Swish i receptionen.',
    expected: ['medelst'],
    category: 'krångelord',
    reason: 'medelst → med (Svarta listan)',
  },
  {
    text: 'Kontakta vederbörande handläggare om du har frågor om ditt ärende.',
    expected: ['vederbörande'],
    category: 'krångelord',
    reason: 'vederbörande → din handläggare (Svarta listan); handläggare markeras inte',
  },
  {
    text: 'Ansökan ska jämväl innehålla en ritning över tomten.',
    expected: ['jämväl'],
    category: 'krångelord',
    reason: 'jämväl → även, också (Svarta listan)',
  },
  {
    text: 'Om du inte får svar kan du skicka din fråga ånyo.',
    expected: ['ånyo'],
    category: 'krångelord',
    reason: 'ånyo → igen, på nytt (Svarta listan)',
  },
  {
    text: 'Kommunen kan anhängiggöra ärendet hos mark- och miljödomstolen.',
    expected: ['anhängiggöra'],
    category: 'krångelord',
    reason: 'anhängiggöra → väcka talan, lämna till (Svarta listan)',
  },
  {
    text: 'Vi vet ännu inte huruvida skolan öppnar i augusti.',
    expected: ['huruvida'],
    category: 'krångelord',
    reason: 'huruvida → om (Svarta listan)',
  },
  {
    text: 'Bilen får icke parkeras framför porten.',
    expected: ['icke'],
    category: 'krångelord',
    reason: 'icke → inte (Svarta listan)',
  },
  {
    text: 'Enär förskolan renoveras flyttar verksamheten till paviljongen.',
    expected: ['Enär'],
    category: 'krångelord',
    reason: 'enär → eftersom (Svarta listan)',
  },
  {
    text: 'Simhallen är stängd emedan reningsverket byts ut.',
    expected: ['emedan'],
    category: 'krångelord',
    reason: 'emedan → eftersom (Svarta listan)',
  },
  {
    text: 'Ehuru ansökan kom in sent har vi behandlat den.',
    expected: ['Ehuru'],
    category: 'krångelord',
    reason: 'ehuru → fast, även om (Svarta listan)',
  },
  {
    text: 'Vi kommer att ombesörja transporten till dagverksamheten.',
    expected: ['ombesörja'],
    category: 'krångelord',
    reason: 'ombesörja → ordna, sköta',
  },
  {
    text: 'Vi vill erinra om att sista dag för ansökan är den 1 april.',
    expected: ['erinra'],
    category: 'krångelord',
    reason: 'erinra om → påminna om',
  },
  {
    text: 'Nämnden kan anmoda dig att komplettera ansökan.',
    expected: ['anmoda'],
    category: 'krångelord',
    reason: 'anmoda → be, uppmana (Svarta listan)',
  },
  {
    text: 'Hyresgästen ska likaledes ansvara för snöröjning vid entrén.',
    expected: ['likaledes'],
    category: 'krångelord',
    reason: 'likaledes → också (Svarta listan)',
  },
  {
    text: 'Vägen är alltjämt avstängd för genomfart.',
    expected: ['alltjämt'],
    category: 'krångelord',
    reason: 'alltjämt → fortfarande (Svarta listan)',
  },
  {
    text: 'Du hämtar ut kortet i receptionen och ska därvid visa legitimation.',
    expected: ['därvid'],
    category: 'krångelord',
    reason: 'därvid → då',
  },
  {
    text: 'Tomten är sålunda inte detaljplanerad.',
    expected: ['sålunda'],
    category: 'krångelord',
    reason: 'sålunda → alltså',
  },
  {
    text: 'Ta med pass ävensom personbevis till mötet.',
    expected: ['ävensom'],
    category: 'krångelord',
    reason: 'ävensom → och (Svarta listan)',
  },
  {
    text: 'Försåvitt inget annat har avtalats gäller en uppsägningstid på tre månader.',
    expected: ['Försåvitt'],
    category: 'krångelord',
    reason: 'försåvitt → om (Svarta listan)',
  },
  {
    text: 'Har du frågor gällande din faktura kan du ringa kundtjänst.',
    expected: ['gällande'],
    category: 'krångelord',
    reason: 'gällande (preposition) → om',
  },
  {
    text: 'Ansökan skall vara inlämnad senast den 30 april.',
    expected: ['skall'],
    category: 'krångelord',
    reason: 'skall → ska',
  },

  // --- Fraser / phrases ---
  {
    text: 'Vi kommer att vidta åtgärder för att minska trafiken utanför skolan.',
    expected: ['vidta åtgärder'],
    category: 'fras',
    reason: 'vidta åtgärder → göra något, säga vad',
  },
  {
    text: 'Kommunen behöver vidta åtgärder om badvattnet har för höga halter av bakterier.',
    expected: ['vidta åtgärder'],
    category: 'fras',
    reason: 'vidta åtgärder → göra något åt det',
  },
  {
    text: 'Om du inte betalar hyran kan hyresvärden vidta åtgärder.',
    expected: ['vidta åtgärder'],
    category: 'fras',
    reason: 'vidta åtgärder → säg vad som händer (säga upp avtalet …)',
  },
  {
    text: 'Vi kommer att vidta åtgärder mot nedskräpningen i parken.',
    expected: ['vidta åtgärder'],
    category: 'fras',
    reason: 'vidta åtgärder → göra något åt',
  },
  {
    text: 'Vi planterar träd längs ån i syfte att minska risken för översvämning.',
    expected: ['i syfte att'],
    category: 'fras',
    reason: 'i syfte att → för att',
  },
  {
    text: 'Kommunen köper in nya cyklar i syfte att fler ska välja cykeln till jobbet.',
    expected: ['i syfte att'],
    category: 'fras',
    reason: 'i syfte att → för att',
  },
  {
    text: 'Kommunen genomför en enkät i syfte att ta reda på vad du tycker om kollektivtrafiken.',
    expected: ['i syfte att'],
    category: 'fras',
    reason: 'i syfte att → för att',
  },
  {
    text: 'Med anledning av coronapandemin har äldreboendena särskilda besöksregler.',
    expected: ['Med anledning av'],
    category: 'fras',
    reason: 'med anledning av → på grund av',
  },
  {
    text: 'Biblioteket håller stängt med anledning av personalbrist.',
    expected: ['med anledning av'],
    category: 'fras',
    reason: 'med anledning av → på grund av',
  },
  {
    text: 'Vi skickar detta brev med anledning av din ansökan om bygglov.',
    expected: ['med anledning av'],
    category: 'fras',
    reason: 'med anledning av → eftersom du har sökt',
  },
  {
    text: 'Med anledning av det faktum att skolan byggs om flyttar eleverna till Västerskolan.',
    expected: ['Med anledning av det faktum att'],
    category: 'fras',
    reason: 'med anledning av det faktum att → eftersom (Svarta listan)',
  },
  {
    text: 'I anledning av att vägen breddas kommer busshållplatsen att flyttas.',
    expected: ['I anledning av att'],
    category: 'fras',
    reason: 'i anledning av att → eftersom (Svarta listan)',
  },
  {
    text: 'I anledning av er skrivelse vill vi förtydliga reglerna för hemkörning.',
    expected: ['I anledning av'],
    category: 'fras',
    reason: 'i anledning av → eftersom ni har skrivit till oss',
  },
  {
    text: 'Avgiften tas ut i enlighet med kommunens taxa för tillsyn.',
    expected: ['i enlighet med'],
    category: 'fras',
    reason: 'i enlighet med → enligt (Svarta listan)',
  },
  {
    text: 'Skolvalet görs i enlighet med de regler som barn- och utbildningsnämnden har beslutat.',
    expected: ['i enlighet med'],
    category: 'fras',
    reason: 'i enlighet med → enligt',
  },
  {
    text: 'Personuppgifterna behandlas i enlighet med dataskyddsförordningen (GDPR).',
    expected: ['i enlighet med'],
    category: 'fras',
    reason: 'i enlighet med → enligt',
  },
  {
    text: 'Med hänsyn till brandrisken är det förbjudet att grilla i naturreservatet.',
    expected: ['Med hänsyn till'],
    category: 'fras',
    reason: 'med hänsyn till → på grund av',
  },
  {
    text: 'Vi prioriterar snöröjningen med hänsyn till framkomligheten för bussar.',
    expected: ['med hänsyn till'],
    category: 'fras',
    reason: 'med hänsyn till → så att bussarna kommer fram',
  },
  {
    text: 'Med hänsyn till säkerheten får du inte cykla på gångbron.',
    expected: ['Med hänsyn till'],
    category: 'fras',
    reason: 'med hänsyn till → av säkerhetsskäl, för att det är farligt',
  },
  {
    text: 'Brandövningen kommer att äga rum på torget på lördag förmiddag.',
    expected: ['äga rum'],
    category: 'fras',
    reason: 'äga rum → vara, hållas',
  },
  {
    text: 'Informationsmötet ska äga rum i kommunhusets sessionssal.',
    expected: ['äga rum'],
    category: 'fras',
    reason: 'äga rum → hållas, vara',
  },
  {
    text: 'Valet till kyrkofullmäktige kommer att äga rum i september.',
    expected: ['äga rum'],
    category: 'fras',
    reason: 'äga rum → vara',
  },
  {
    text: 'I förekommande fall ska du bifoga ett intyg från läkare.',
    expected: ['I förekommande fall'],
    category: 'fras',
    reason: 'i förekommande fall → om det behövs, säg när',
  },
  {
    text: 'Bifoga i förekommande fall fullmakt från den du företräder.',
    expected: ['i förekommande fall'],
    category: 'fras',
    reason: 'i förekommande fall → om du företräder någon',
  },
  {
    text: 'Ange i förekommande fall namn på ombud.',
    expected: ['i förekommande fall'],
    category: 'fras',
    reason: 'i förekommande fall → om du har ett ombud',
  },
  {
    text: 'I nuläget finns det lediga platser på tre av kommunens förskolor.',
    expected: ['I nuläget'],
    category: 'fras',
    reason: 'i nuläget → nu, just nu',
  },
  {
    text: 'Vi kan i nuläget inte säga när vägen öppnar igen.',
    expected: ['i nuläget'],
    category: 'fras',
    reason: 'i nuläget → än, just nu',
  },
  {
    text: 'I dagsläget är väntetiden till särskilt boende ungefär tre månader.',
    expected: ['I dagsläget'],
    category: 'fras',
    reason: 'i dagsläget → nu',
  },
  {
    text: 'Vi har i dagsläget inga planer på att stänga filialbiblioteket.',
    expected: ['i dagsläget'],
    category: 'fras',
    reason: 'i dagsläget → nu',
  },
  {
    text: 'Det är i dagsläget oklart när bron är klar.',
    expected: ['i dagsläget'],
    category: 'fras',
    reason: 'i dagsläget → än',
  },
  {
    text: 'Kommunen har flest laddstolpar per capita i länet.',
    expected: ['per capita'],
    category: 'fras',
    reason: 'per capita → per invånare',
  },
  {
    text: 'Kostnaden per capita för äldreomsorgen ökade förra året.',
    expected: ['per capita'],
    category: 'fras',
    reason: 'per capita → per invånare',
  },
  {
    text: 'Biblioteket lånar ut flest böcker per capita i Sverige.',
    expected: ['per capita'],
    category: 'fras',
    reason: 'per capita → per invånare',
  },
  {
    text: 'För närvarande är det långa kötider till kommunens hyresbostäder.',
    expected: ['För närvarande'],
    category: 'fras',
    reason: 'för närvarande → nu, just nu',
  },
  {
    text: 'E-tjänsten är för närvarande ur funktion.',
    expected: ['för närvarande'],
    category: 'fras',
    reason: 'för närvarande → just nu',
  },
  {
    text: 'Vi tar för närvarande inte emot nya ansökningar om kolonilott.',
    expected: ['för närvarande'],
    category: 'fras',
    reason: 'för närvarande → just nu',
  },
  {
    text: 'Det bör noteras att ansökan inte är komplett utan underskrift.',
    expected: ['Det bör noteras att'],
    category: 'fras',
    reason: 'det bör noteras att → stryk eller Tänk på att',
  },
  {
    text: 'I den mån det finns plats erbjuder vi sommarkurser även för vuxna.',
    expected: ['I den mån'],
    category: 'fras',
    reason: 'i den mån → om',
  },
  {
    text: 'Vi hjälper dig i den mån vi kan.',
    expected: ['i den mån'],
    category: 'fras',
    reason: 'i den mån → så gott',
  },
  {
    text: 'Vi granskar ritningarna med avseende på tillgänglighet.',
    expected: ['med avseende på'],
    category: 'fras',
    reason: 'med avseende på → när det gäller',
  },
  {
    text: 'I händelse av brand ska du använda trapporna.',
    expected: ['I händelse av'],
    category: 'fras',
    reason: 'i händelse av → om det brinner',
  },
  {
    text: 'Det får ankomma på rektor att avgöra frågan.',
    expected: ['ankomma på'],
    category: 'fras',
    reason: 'ankomma på → vara någons uppgift (Svarta listan)',
  },
  {
    text: 'Vi försöker i möjligaste mån ta hänsyn till dina önskemål om placering.',
    expected: ['i möjligaste mån'],
    category: 'fras',
    reason: 'i möjligaste mån → så långt det går; ta hänsyn till är enkelt',
  },

  // --- Böjda former / inflected forms ---
  {
    text: 'Du erhåller ett kvitto när betalningen har gått igenom.',
    expected: ['erhåller'],
    category: 'böjd-form',
    reason: 'erhåller → får',
  },
  {
    text: 'Beslutet erhölls först efter tre månader.',
    expected: ['erhölls'],
    category: 'böjd-form',
    reason: 'erhölls → vi fick',
  },
  {
    text: 'Har du erhållit ett beslut från miljönämnden ska du följa det.',
    expected: ['erhållit'],
    category: 'böjd-form',
    reason: 'erhållit → fått',
  },
  {
    text: 'De som erhöll bidrag förra året behöver söka på nytt.',
    expected: ['erhöll'],
    category: 'böjd-form',
    reason: 'erhöll → fick',
  },
  {
    text: 'Bidraget erhålls en gång per termin.',
    expected: ['erhålls'],
    category: 'böjd-form',
    reason: 'erhålls → du får',
  },
  {
    text: 'Avgiften ska erläggas senast den sista i varje månad.',
    expected: ['erläggas'],
    category: 'böjd-form',
    reason: 'erläggas → betalas',
  },
  {
    text: 'Avgiften erläggs i förskott.',
    expected: ['erläggs'],
    category: 'böjd-form',
    reason: 'erläggs → betalas',
  },
  {
    text: 'Har du redan erlagt avgiften behöver du inte göra något mer.',
    expected: ['erlagt'],
    category: 'böjd-form',
    reason: 'erlagt → betalat',
  },
  {
    text: 'Du som innehar ett parkeringstillstånd för rörelsehindrade får parkera på särskilda platser.',
    expected: ['innehar'],
    category: 'böjd-form',
    reason: 'innehar → har',
  },
  {
    text: 'Den som innehaft tillståndet i mer än fem år behöver förnya det.',
    expected: ['innehaft'],
    category: 'böjd-form',
    reason: 'innehaft → haft',
  },
  {
    text: 'Kommunen tillhandahåller blanketter i receptionen.',
    expected: ['tillhandahåller'],
    category: 'böjd-form',
    reason: 'tillhandahåller → har, delar ut',
  },
  {
    text: 'Sandsäckar tillhandahålls vid återvinningscentralen under vintern.',
    expected: ['tillhandahålls'],
    category: 'böjd-form',
    reason: 'tillhandahålls → du kan hämta',
  },
  {
    text: 'Ansökningar som inkommit efter sista ansökningsdag behandlas inte.',
    expected: ['inkommit'],
    category: 'böjd-form',
    reason: 'inkommit → kommit in',
  },
  {
    text: 'Din anmälan inkom till oss den 3 maj.',
    expected: ['inkom'],
    category: 'böjd-form',
    reason: 'inkom → kom in',
  },
  {
    text: 'Handlingarna ska ha inkommit till kommunen senast fredag.',
    expected: ['inkommit'],
    category: 'böjd-form',
    reason: 'ha inkommit → ha kommit in',
  },
  {
    text: 'Inkomna ansökningar behandlas i turordning.',
    expected: ['Inkomna'],
    category: 'böjd-form',
    reason: 'inkomna → ansökningar som kommer in',
  },
  {
    text: 'Beslutet delges dig per brev.',
    expected: ['delges'],
    category: 'böjd-form',
    reason: 'delges → du får beslutet',
  },
  {
    text: 'Grannarna har delgivits beslutet om bygglov.',
    expected: ['delgivits'],
    category: 'böjd-form',
    reason: 'delgivits → fått',
  },
  {
    text: 'Om det föreligger synnerliga skäl kan nämnden göra ett undantag.',
    expected: ['föreligger'],
    category: 'böjd-form',
    reason: 'föreligger → finns',
  },
  {
    text: 'Det förelåg inga hinder mot att bevilja ansökan.',
    expected: ['förelåg'],
    category: 'böjd-form',
    reason: 'förelåg → fanns',
  },
  {
    text: 'Kallelsen tillställs samtliga medlemmar två veckor före mötet.',
    expected: ['tillställs', 'samtliga'],
    category: 'böjd-form',
    reason: 'tillställs → skickas; samtliga → alla',
  },
  {
    text: 'Protokollet har tillställts styrelsen.',
    expected: ['tillställts'],
    category: 'böjd-form',
    reason: 'tillställts → skickats till',
  },
  {
    text: 'Handlingarna ska tillställas nämnden senast en vecka före sammanträdet.',
    expected: ['tillställas'],
    category: 'böjd-form',
    reason: 'tillställas → skickas till',
  },
  {
    text: 'Åtgärder vidtogs direkt när felet upptäcktes.',
    expected: ['Åtgärder vidtogs'],
    category: 'böjd-form',
    reason: 'åtgärder vidtogs → vi lagade felet direkt',
  },
  {
    text: 'Kommunen vidtog åtgärder för att förbättra trafiksäkerheten vid skolan.',
    expected: ['vidtog åtgärder'],
    category: 'böjd-form',
    reason: 'vidtog åtgärder → gjorde något, säg vad',
  },
  {
    text: 'Miljöförvaltningen kan kräva att fastighetsägaren vidtar åtgärder mot bullret.',
    expected: ['vidtar åtgärder'],
    category: 'böjd-form',
    reason: 'vidtar åtgärder → minskar bullret',
  },
  {
    text: 'Åtgärder ska vidtas så snart felet är anmält.',
    expected: ['Åtgärder ska vidtas'],
    category: 'böjd-form',
    reason: 'åtgärder ska vidtas → vi lagar felet',
  },
  {
    text: 'Vilka åtgärder har vidtagits sedan olyckan?',
    expected: ['vidtagits'],
    category: 'böjd-form',
    reason: 'åtgärder har vidtagits → vad har ni gjort',
  },
  {
    text: 'Det åligger vårdnadshavaren att anmäla frånvaro.',
    expected: ['åligger'],
    category: 'böjd-form',
    reason: 'åligger → du som vårdnadshavare ska',
  },
  {
    text: 'Tidigare ålåg det fastighetsägaren att sköta gatubelysningen.',
    expected: ['ålåg'],
    category: 'böjd-form',
    reason: 'ålåg det → var det … som skulle',
  },
  {
    text: 'Din ansökan handläggs av en socialsekreterare.',
    expected: ['handläggs'],
    category: 'böjd-form',
    reason: 'handläggs → utreds, behandlas',
  },
  {
    text: 'Ärendet handlades av byggnadsnämnden i mars.',
    expected: ['handlades'],
    category: 'böjd-form',
    reason: 'handlades (av handlägga) → behandlades',
  },
  {
    text: 'Vi handlägger för närvarande ansökningar som kom in i januari.',
    expected: ['handlägger', 'för närvarande'],
    category: 'böjd-form',
    reason: 'handlägger → går igenom; för närvarande → just nu',
  },
  {
    text: 'Det ankommer på nämnden att besluta om avgiften.',
    expected: ['ankommer på'],
    category: 'böjd-form',
    reason: 'ankommer på → det är nämnden som beslutar',
  },
  {
    text: 'Informationsmötet äger rum i Folkets hus den 12 oktober.',
    expected: ['äger rum'],
    category: 'böjd-form',
    reason: 'äger rum → är, hålls',
  },
  {
    text: 'Invigningen ägde rum i strålande sol.',
    expected: ['ägde rum'],
    category: 'böjd-form',
    reason: 'ägde rum → var, hölls',
  },
  {
    text: 'Konserten har ägt rum varje sommar sedan 1995.',
    expected: ['ägt rum'],
    category: 'böjd-form',
    reason: 'ägt rum → varit',
  },
  {
    text: 'Du får inte elda löv, plast eller dylikt på tomten.',
    expected: ['dylikt'],
    category: 'böjd-form',
    reason: 'dylikt → liknande',
  },
  {
    text: 'Dylika ansökningar prioriteras inte.',
    expected: ['Dylika'],
    category: 'böjd-form',
    reason: 'dylika → sådana',
  },
  {
    text: 'Bifoga erforderliga handlingar till ansökan.',
    expected: ['erforderliga'],
    category: 'böjd-form',
    reason: 'erforderliga → de handlingar som behövs',
  },
  {
    text: 'Det är erforderligt att du har körkort för tjänsten.',
    expected: ['erforderligt'],
    category: 'böjd-form',
    reason: 'erforderligt → du behöver ha körkort',
  },
  {
    text: 'Ansökan ska inges till byggnadsnämnden.',
    expected: ['inges'],
    category: 'böjd-form',
    reason: 'inges → lämnas in, skickas (inge på Svarta listan)',
  },
  {
    text: 'Vårdnadshavaren tillser att barnet har med sig matsäck på utflykten.',
    expected: ['tillser'],
    category: 'böjd-form',
    reason: 'tillser → ser till',
  },
  {
    text: 'Ersättning utgår med 500 kronor per sammanträde.',
    expected: ['utgår'],
    category: 'böjd-form',
    reason: 'ersättning utgår → du får 500 kronor (utgå på Svarta listan)',
  },
  {
    text: 'Byggnadsnämnden äger rätt att besluta om undantag från reglerna.',
    expected: ['äger rätt'],
    category: 'böjd-form',
    reason: 'äger rätt → har rätt, får (äga på Svarta listan)',
  },
  {
    text: 'Du kommer att beredas tillfälle att yttra dig innan nämnden fattar beslut.',
    expected: ['beredas tillfälle'],
    category: 'böjd-form',
    reason: 'beredas tillfälle → få möjlighet (bereda tillfälle på Svarta listan)',
  },
  {
    text: 'Kommunen erinrar om att det råder eldningsförbud.',
    expected: ['erinrar'],
    category: 'böjd-form',
    reason: 'erinrar om → påminner om',
  },
  {
    text: 'Vårdnadshavare anmodas att hämta barnen senast klockan 17.',
    expected: ['anmodas'],
    category: 'böjd-form',
    reason: 'anmodas → ombeds, hämta',
  },
  {
    text: 'Vi har ombesörjt att containern töms varje vecka.',
    expected: ['ombesörjt'],
    category: 'böjd-form',
    reason: 'ombesörjt → sett till, ordnat',
  },

  // --- Annan betydelse / same letters, another sense ---
  {
    text: 'Personalen inger förtroende hos både barn och föräldrar.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'inger förtroende: väcker förtroende, inte lämna in',
  },
  {
    text: 'Beskedet inger hopp om att badhuset kan öppna i vår.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'inger hopp: ger hopp, inte lämna in',
  },
  {
    text: 'Han medgav att han hade glömt att skicka in blanketten.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'medgav att: erkände, inte tillät',
  },
  {
    text: 'Vi handlade mat i affären bredvid biblioteket.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'handlade: köpte, inte handlägga',
  },
  {
    text: 'Han handlade i god tro när han köpte cykeln.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'handlade: agerade, inte handlägga',
  },
  {
    text: 'Kursen handlar om hur du skriver en bra ansökan.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'handlar om: gäller, inte handlägga',
  },
  {
    text: 'Han har ett fint handlag med hästarna.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'handlag: skicklighet, inte handlägga',
  },
  {
    text: 'Hon äger huset tillsammans med sin bror.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'äger: är ägare till, inte äga rum eller äga rätt',
  },
  {
    text: 'Föreningen äger en stuga vid sjön som medlemmarna kan hyra.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'äger: är ägare till',
  },
  {
    text: 'Bostadsrättsföreningen äger rummet i källaren och hyr ut det till medlemmarna.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'äger rummet: är ägare till ett rum, inte frasen äga rum',
  },
  {
    text: 'Gör så som det står i instruktionen när du monterar kärlet.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'så som (två ord, på det sätt som), inte såsom',
  },
  {
    text: 'Ansökan är komplett i alla avseenden.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'avseenden: substantiv (hänseenden), inte prepositionen avseende',
  },
  {
    text: 'I det avseendet skiljer sig reglerna för förskola och fritidshem.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'avseendet: substantiv, inte prepositionen avseende',
  },
  {
    text: 'Din inkomst påverkar hur mycket du betalar för förskolan.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'inkomst: lön, inte inkomma',
  },
  {
    text: 'Föreningen ordnar en tillställning i bygdegården på lördag.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'tillställning: fest, inte tillställa',
  },
  {
    text: 'Alla närvarande fick en karta över det nya bostadsområdet.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'närvarande: de som var där, inte för närvarande',
  },
  {
    text: 'Tolv ledamöter var närvarande vid sammanträdet.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'närvarande: på plats, inte för närvarande',
  },
  {
    text: 'Visa hänsyn till andra badgäster och håll nere ljudet.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'visa hänsyn till: vara omtänksam, inte med hänsyn till',
  },
  {
    text: 'Vi tar hänsyn till dina önskemål när vi planerar hemtjänsten.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'ta hänsyn till är enkel svenska, inte med hänsyn till',
  },
  {
    text: 'Miljöförvaltningen har tillsyn över restauranger och caféer.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'tillsyn: kontroll (fackord), inte tillse',
  },
  {
    text: 'Läs om innehållet i kursen på nästa sida.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'innehållet: det kursen tar upp, inte inneha',
  },
  {
    text: 'Läs gällande ordningsregler för badplatsen innan du badar.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'gällande (adjektiv): de regler som gäller, inte prepositionen',
  },
  {
    text: 'Anmäl dig i receptionen vid ankomst.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'ankomst: när du kommer, inte ankomma på',
  },
  {
    text: 'Avgiften är 200 kronor per person.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'per person är vardagligt, inte per capita',
  },
  {
    text: 'Om du inte åtgärdar bristerna kan nämnden besluta om ett föreläggande.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'föreläggande: juridisk term (beslut med krav), inte föreliggande',
  },
  {
    text: 'Dela gärna evenemanget med dina vänner.',
    expected: [],
    category: 'annan-betydelse',
    reason: 'dela: sprida, inte delge',
  },

  // --- Vardagligt / plain everyday sentences ---
  {
    text: 'Du får ett kvitto när du har betalat.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel form av erhåller ett kvitto',
  },
  {
    text: 'Betala avgiften senast den sista varje månad.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel form av erläggas',
  },
  {
    text: 'Skicka in kompletteringen senast den 15 mars.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel form av inkomma med',
  },
  {
    text: 'Biblioteket är stängt på grund av sjukdom.',
    expected: [],
    category: 'vardagligt',
    reason: 'på grund av är den enkla formen av med anledning av',
  },
  {
    text: 'Om du inte betalar i tid skickar vi en påminnelse.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel form av därest',
  },
  {
    text: 'Alla förskolor är stängda på midsommarafton.',
    expected: [],
    category: 'vardagligt',
    reason: 'alla i stället för samtliga',
  },
  {
    text: 'Mötet hålls i Folkets hus den 12 oktober.',
    expected: [],
    category: 'vardagligt',
    reason: 'hålls i stället för äger rum',
  },
  {
    text: 'Just nu är det lång kö till kommunens hyresbostäder.',
    expected: [],
    category: 'vardagligt',
    reason: 'just nu i stället för för närvarande',
  },
  {
    text: 'Ring oss om du har frågor om din faktura.',
    expected: [],
    category: 'vardagligt',
    reason: 'om i stället för gällande',
  },
  {
    text: 'Du betalar enligt kommunens taxa.',
    expected: [],
    category: 'vardagligt',
    reason: 'enligt i stället för i enlighet med',
  },
  {
    text: 'Brevet kom in till oss i fredags.',
    expected: [],
    category: 'vardagligt',
    reason: 'kom in i stället för inkom',
  },
  {
    text: 'Ta med stövlar och regnkläder till utflykten.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
  },
  {
    text: 'Vi ser till att containern töms varje vecka.',
    expected: [],
    category: 'vardagligt',
    reason: 'ser till i stället för tillser',
  },
  {
    text: 'Du hittar blanketten längre ned på sidan.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
  },
  {
    text: 'Du kan låna en dator på biblioteket om du inte har en egen.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel form av tillhandahålla lånedatorer',
  },
  {
    text: 'Det finns ingen anledning att oroa sig för vattnet.',
    expected: [],
    category: 'vardagligt',
    reason: 'anledning ensamt är vardagligt, inte med anledning av',
  },
  {
    text: 'Simhallen öppnar igen den 1 september.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
  },
  {
    text: 'Vi svarar på e-post inom två arbetsdagar.',
    expected: [],
    category: 'vardagligt',
    reason: 'enkel mening utan krångelord',
  },

  // --- Neutral / formal but acceptable ---
  {
    text: 'Din handläggare kontaktar dig när beslutet är klart.',
    expected: [],
    category: 'neutral',
    reason: 'handläggare är en yrkestitel, inte verbet handlägga',
  },
  {
    text: 'Handläggningstiden är normalt fyra veckor.',
    expected: [],
    category: 'neutral',
    reason: 'handläggningstid är ett etablerat substantiv, inte verbet handlägga',
  },
  {
    text: 'Beslutet kan överklagas till förvaltningsrätten inom tre veckor.',
    expected: [],
    category: 'neutral',
    reason: 'juridiskt men inga krångelord',
  },
  {
    text: 'Bygglovet gäller i fem år från beslutsdatum.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
  },
  {
    text: 'Ansökan ska vara undertecknad av båda vårdnadshavarna.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
  },
  {
    text: 'Syftet med mötet är att samla in idéer om den nya parken.',
    expected: [],
    category: 'neutral',
    reason: 'syftet med är vanlig svenska, bara frasen i syfte att markeras',
  },
  {
    text: 'Avgiften fastställs av kommunfullmäktige varje år.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
  },
  {
    text: 'Kommunen ansvarar för att dricksvattnet håller god kvalitet.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
  },
  {
    text: 'Personuppgifterna behandlas enligt dataskyddsförordningen.',
    expected: [],
    category: 'neutral',
    reason: 'enligt i stället för i enlighet med',
  },
  {
    text: 'Nämnden sammanträder en gång i månaden.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
  },
  {
    text: 'Bidraget betalas ut i efterskott.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
  },
  {
    text: 'Vårdnadshavare som vill byta skola kontaktar rektor.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
  },
  {
    text: 'Tillstånd krävs för att servera alkohol.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
  },
  {
    text: 'Miljö- och hälsoskyddsnämnden är tillsynsmyndighet för livsmedel.',
    expected: [],
    category: 'neutral',
    reason: 'fackord men inga krångelord',
  },
  {
    text: 'Anmälan om frånvaro görs i appen före klockan 8.',
    expected: [],
    category: 'neutral',
    reason: 'formell men inga krångelord',
  },
]
