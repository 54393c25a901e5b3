/**
 * Krångelord and bureaucratic phrases with plainer alternatives, one entry per line:
 * the forms to avoid (inflected forms listed, separated by |), what to write instead, the source,
 * and whether the pair depends on context (then it is only a hint). What to write instead may be
 * inflected like the forms, one per form in the same order ("erläggs|erläggas ; betalas|betalas"),
 * so the suggestion fits where it stands. `not: …` lists the words after the form that give it
 * another sense ("inger förtroende" is not "lämnar in"; "medgav att" is "erkände"). The last
 * field is the part of speech: verb, adj, adv, konj, prep, pron, subst, or fras for a phrase.
 *
 * Sources: SL = Svarta listan (Statsrådsberedningen PM 2011:1); HZ = humanizer word list aligned
 * with Svarta listan (MIT); MAL = Malmö stads skrivguide; GU = Göteborgs universitets
 * klarspråkssidor; SLU = SLU:s klarspråksråd; KOM = common entries in municipal klarspråk guides.
 */
/** Part of speech of the entry (ordklass); "fras" for phrases of several words. */
export type PartOfSpeech = 'adj' | 'adv' | 'fras' | 'konj' | 'prep' | 'pron' | 'subst' | 'verb'
const partsOfSpeech: PartOfSpeech[] = ['adj', 'adv', 'fras', 'konj', 'prep', 'pron', 'subst', 'verb']

export type WordPair = {
  avoid: string[]
  hint: boolean
  /** Words that, right after the form, give it another sense: then it is not reported. */
  notBefore?: string[]
  pos?: PartOfSpeech
  prefer: string
  /** What to write instead for each form in `avoid`, inflected alike. */
  preferByForm?: string[]
  source: string
}

const table = `
erhålla|erhåller|erhöll|erhållit|erhålls|erhållas|erhållits|erhölls|erhållen|erhållna ; få|får|fick|fått|fås|fås|fåtts|fick|fått|fått ; HZ ; verb
inneha|innehar|innehade|innehaft|innehava|innehaver ; ha|har|hade|haft|ha|har ; HZ ; verb
om särskilda skäl föreligger ; om det finns särskilda skäl ; SL ; fras
föreligger|förelåg|föreligga|förelegat ; finns|fanns|finnas|funnits ; SL ; hint ; verb
företa en undersökning|företar en undersökning|företog en undersökning ; undersöka ; SL ; fras
inhämta|inhämtar|inhämtade|inhämtat|inhämtas ; skaffa, hämta in|skaffar, hämtar in|skaffade, hämtade in|skaffat, hämtat in|skaffas, hämtas in ; SL ; verb
nöjaktig|nöjaktigt|nöjaktiga ; godtagbar ; SL ; adj
obillig|obilligt|obilliga ; oskälig ; SL ; adj
olägenhet|olägenheten|olägenheter|olägenheterna ; besvär, problem ; SL ; subst
eljest ; annars ; SL ; adv
i syfte att ; för att ; HZ ; fras
med anledning av att ; eftersom ; HZ ; fras
med anledning av det faktum att ; eftersom ; SL ; fras
i anledning av att ; eftersom ; SL ; fras
det bör noteras att|det kan noteras att ; observera att, eller stryk ; SL ; fras
i den mån ; om, när ; SL ; hint ; fras
försåvitt ; om ; SL ; konj
på grund av det faktum att ; eftersom ; HZ ; fras
i enlighet med ; enligt ; HZ ; fras
jämlikt ; enligt ; HZ ; prep
i avvaktan på ; i väntan på ; HZ ; fras
vidmakthålla|vidmakthåller|vidmakthöll|vidmakthållit ; behålla|behåller|behöll|behållit ; HZ ; verb
bibringa|bibringar|bibringade|bibringat ; ge|ger|gav|gett ; HZ ; verb
åvila|åvilar|åvilade|åvilat ; ligga på|ligger på|låg på|legat på ; HZ ; verb
åsamka|åsamkar|åsamkade|åsamkat|åsamkas ; orsaka|orsakar|orsakade|orsakat|orsakas ; HZ ; verb
förorsaka|förorsakar|förorsakade|förorsakat|förorsakas ; orsaka|orsakar|orsakade|orsakat|orsakas ; HZ ; verb
tillse att|tillser att|tillsåg att|tillsett att|tillse så att|tillser så att ; se till att|ser till att|såg till att|sett till att|se till att|ser till att ; HZ ; fras
inkomma med|inkommer med|inkom med|inkommit med ; lämna in, skicka in|lämnar in, skickar in|lämnade in, skickade in|lämnat in, skickat in ; MAL ; fras
inkomma|inkommer|inkom|inkommit|inkommen|inkomna ; komma in, lämna in ; MAL ; hint ; verb
åberopa|åberopar|åberopade|åberopat|åberopas ; hänvisa till|hänvisar till|hänvisade till|hänvisat till|hänvisas till ; HZ ; verb
envar ; var och en ; HZ ; pron
träda i kraft|träder i kraft|trädde i kraft|trätt i kraft ; börja gälla|börjar gälla|började gälla|börjat gälla ; HZ ; fras
ikraftträdande|ikraftträdandet ; när … börjar gälla ; HZ ; subst
innefatta|innefattar|innefattade|innefattat ; omfatta|omfattar|omfattade|omfattat ; HZ ; verb
såsom ; som ; HZ ; prep
föranleda|föranleder|föranledde|föranlett ; leda till|leder till|ledde till|lett till ; HZ ; verb
följaktligen ; alltså ; HZ ; adv
nyttja|nyttjar|nyttjade|nyttjat|nyttjas|nyttjande ; använda|använder|använde|använt|används|användning ; HZ ; verb
emellertid ; men, dock ; HZ ; adv
vad beträffar ; när det gäller ; HZ ; fras
med utgångspunkt från|med utgångspunkt i ; utifrån ; HZ ; fras
huruvida ; om ; HZ ; konj
ehuru ; fastän, även om ; HZ ; konj
enär ; eftersom ; HZ ; konj
icke ; inte ; HZ ; adv
ej ; inte ; MAL ; adv
blott ; bara ; MAL ; adv
härvidlag ; här ; HZ ; adv
förefalla|förefaller|föreföll|förefallit ; verka|verkar|verkade|verkat ; HZ ; verb
beträffande ; om ; HZ ; prep
avseende ; om, för ; HZ ; hint ; prep
i den händelse att ; om ; HZ ; fras
bereda tillfälle att|bereds tillfälle att|beredas tillfälle att ; ge möjlighet att, låta ; HZ ; fras
har möjlighet att|har möjlighet till ; kan ; HZ ; fras
i dagsläget ; nu ; HZ ; fras
inom ramen för ; inom ; HZ ; fras
genomföra en analys av|genomför en analys av|genomförde en analys av ; analysera ; HZ ; fras
vidta åtgärder|vidtar åtgärder|vidtog åtgärder|vidtagit åtgärder|vidtas åtgärder|åtgärder ska vidtas|åtgärder vidtas|åtgärder har vidtagits ; säg vad som ska göras ; HZ ; fras
i förevarande fall ; i det här fallet ; HZ ; fras
i anledning härav ; därför ; HZ ; fras
härefter ; sedan, efter det ; HZ ; adv
i överensstämmelse med ; enligt ; HZ ; fras
i avsikt att ; för att ; HZ ; fras
det är av vikt att ; det är viktigt att ; HZ ; fras
i den mån det är möjligt ; om möjligt ; HZ ; fras
i allt väsentligt ; i stort sett ; HZ ; fras
lämpligen ; helst, gärna ; HZ ; adv
såvitt avser ; när det gäller ; HZ ; fras
erforderlig|erforderligt|erforderliga ; nödvändig, som behövs ; MAL ; adj
erfordras|erfordrades|erfordrats|erfordra|erfordrar ; behövs|behövdes|behövts|behöva|behöver ; MAL ; verb
mottaga|mottager|mottog|mottagit ; ta emot|tar emot|tog emot|tagit emot ; MAL ; verb
iordningställa|iordningställer|iordningställde|iordningställt|iordningställs ; ställa i ordning ; MAL ; verb
delfående|delfåendet ; när du har fått ta del av ; MAL ; subst
kommunicering|kommuniceringen ; möjlighet att yttra dig ; MAL ; subst
bedriva forskning|bedriver forskning|bedrev forskning ; forska ; SLU ; fras
vidta en granskning|vidtar en granskning ; granska ; KOM ; fras
ombesörja|ombesörjer|ombesörjde|ombesörjt|ombesörjs ; ordna, se till|ordnar, ser till|ordnade, såg till|ordnat, sett till|ordnas ; KOM ; verb
tillhandahålla|tillhandahåller|tillhandahöll|tillhandahållit|tillhandahålls|tillhandahållas ; ge, erbjuda|ger, erbjuder|gav, erbjöd|gett, erbjudit|ges, erbjuds|ges, erbjudas ; KOM ; verb
inges|inge|inger|ingav|ingivit|ingiven|ingivna ; lämnas in|lämna in|lämnar in|lämnade in|lämnat in|inlämnad|inlämnade ; KOM ; not:förtroende|respekt|hopp|mod|tillit|trygghet|intryck|oro|känslan|aktning ; verb
handlägga|handlägger|handlagt|handläggs|handläggas ; hantera, behandla|hanterar, behandlar|hanterat, behandlat|hanteras, behandlas|hanteras, behandlas ; KOM ; hint ; verb
därest ; om ; KOM ; konj
dylik|dylikt|dylika ; sådan ; KOM ; adj
densamma|detsamma|desamma ; den, det, de ; KOM ; hint ; pron
jämväl ; också ; KOM ; adv
tillika ; också ; KOM ; adv
likaledes ; också ; KOM ; adv
samt ; och ; KOM ; hint ; konj
erlägga|erlägger|erlade|erlagt|erläggs|erläggas ; betala|betalar|betalade|betalat|betalas|betalas ; KOM ; verb
debitera|debiterar|debiterade|debiterat|debiteras ; ta betalt|tar betalt|tog betalt|tagit betalt|tas betalt ; KOM ; verb
tillställa|tillställer|tillställde|tillställt|tillställs|tillställas|tillställts ; skicka|skickar|skickade|skickat|skickas|skickas|skickats ; KOM ; verb
tillkännage|tillkännager|tillkännagav|tillkännagett|tillkännages ; meddela|meddelar|meddelade|meddelat|meddelas ; KOM ; verb
påtala|påtalar|påtalade|påtalat|påtalas ; påpeka|påpekar|påpekade|påpekat|påpekas ; KOM ; verb
medgiva|medgiver|medgav|medgivit ; tillåta|tillåter|tillät|tillåtit ; KOM ; not:att ; verb
äga rätt att|äger rätt att|ägde rätt att ; ha rätt att|har rätt att|hade rätt att ; KOM ; fras
vederbörande ; den som berörs ; KOM ; pron
anmoda|anmodar|anmodade|anmodat|anmodas ; be|ber|bad|bett|ombeds ; KOM ; verb
anhålla om|anhåller om|anhöll om|anhållit om ; be om|ber om|bad om|bett om ; KOM ; fras
torde ; bör, kan nog ; KOM ; verb
ävensom ; och ; KOM ; konj
emedan ; eftersom ; KOM ; konj
alltjämt ; fortfarande ; KOM ; adv
numera ; nu ; KOM ; hint ; adv
såsom ovan nämnts ; som vi skrev ovan ; KOM ; fras
skall ; ska ; KOM ; verb
ombedes|ombeds ; vi ber dig ; KOM ; verb
åligger|ålåg|åligga|ålegat ; har ansvar för|hade ansvar för|ha ansvar för|haft ansvar för ; KOM ; verb
varvid ; då, och då ; KOM ; konj
varefter ; sedan ; KOM ; konj
företaga|företar|företog|företagit|företas ; göra|gör|gjorde|gjort|görs ; KOM ; hint ; verb
aviseras|aviserade|aviserat|avisera|aviserar ; meddelas|meddelade|meddelat|meddela|meddelar ; KOM ; verb
med anledning av ; på grund av, därför att ; KOM ; fras
i anledning av ; på grund av ; KOM ; fras
med hänsyn till ; på grund av, eftersom ; KOM ; hint ; fras
äga rum|äger rum|ägde rum|ägt rum ; hända, vara|händer, är|hände, var|hänt, varit ; KOM ; fras
i förekommande fall ; om det behövs ; KOM ; fras
i nuläget ; nu ; KOM ; fras
för närvarande ; nu ; KOM ; fras
per capita ; per invånare ; KOM ; fras
i händelse av ; vid, om det blir ; KOM ; fras
ankomma på|ankommer på|ankom på ; vara någons ansvar|är någons ansvar|var någons ansvar ; KOM ; fras
i möjligaste mån ; så långt det går ; KOM ; fras
samtliga ; alla ; KOM ; pron
härmed ; nu, stryk ; KOM ; adv
ovanstående ; ovan, det här ; KOM ; adj
nedanstående ; nedan, följande ; KOM ; adj
föreliggande ; den här, detta ; KOM ; adj
medelst ; med ; KOM ; prep
ånyo ; igen ; KOM ; adv
därvid ; då ; KOM ; adv
sålunda ; alltså, så ; KOM ; adv
anhängiggöra|anhängiggör|anhängiggjorde|anhängiggjort|anhängiggörs ; lämna in, väcka|lämnar in, väcker|lämnade in, väckte|lämnat in, väckt|lämnas in, väcks ; KOM ; verb
erinra om|erinrar om|erinrade om|erinrat om ; påminna om|påminner om|påminde om|påmint om ; KOM ; fras
delge|delger|delgav|delgett|delgivit|delges|delgavs|delgetts|delgivits|delgiva ; meddela, skicka|meddelar, skickar|meddelade, skickade|meddelat, skickat|meddelat, skickat|meddelas, skickas|meddelades, skickades|meddelats, skickats|meddelats, skickats|meddela, skicka ; KOM ; verb
beakta|beaktar|beaktade|beaktat|beaktas ; tänka på, ta hänsyn till|tänker på, tar hänsyn till|tänkte på, tog hänsyn till|tänkt på, tagit hänsyn till|tas hänsyn till ; KOM ; hint ; verb
vidta|vidtar|vidtog|vidtagit|vidtas|vidtogs|vidtagits ; göra|gör|gjorde|gjort|görs|gjordes|gjorts ; KOM ; hint ; verb
åtgärder vidtogs ; vi gjorde ; KOM ; fras
handlades|handlagts ; behandlades|behandlats ; KOM ; hint ; verb
utgår med ; betalas med ; KOM ; hint ; fras
`

const parse = (line: string): WordPair => {
  const [avoid = '', prefer = '', source = '', ...flags] = line.split(';').map((part) => part.trim())
  const forms = avoid.split('|').map((form) => form.trim().toLowerCase())
  const preferred = prefer.split('|').map((form) => form.trim())
  const not = flags.find((flag) => flag.startsWith('not:'))
  const pos = partsOfSpeech.find((part) => flags.includes(part))
  return {
    avoid: forms,
    hint: flags.includes('hint'),
    ...(not ? { notBefore: not.slice(4).trim().split('|') } : {}),
    ...(pos ? { pos } : {}),
    prefer: preferred[0]!,
    ...(preferred.length > 1 ? { preferByForm: preferred } : {}),
    source,
  }
}

export const krangelord: WordPair[] = table
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .map(parse)
