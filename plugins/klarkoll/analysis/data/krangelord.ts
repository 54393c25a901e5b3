/**
 * Krångelord and bureaucratic phrases with plainer alternatives, one entry per line:
 * the forms to avoid (inflected forms listed, separated by |), what to write instead, the source,
 * and whether the pair depends on context (then it is only a hint). What to write instead may be
 * inflected like the forms, one per form in the same order ("erläggs|erläggas ; betalas|betalas"),
 * so the suggestion fits where it stands. `not: …` lists the words after the form that give it
 * another sense ("inger förtroende" is not "lämnar in"; "medgav att" is "erkände").
 *
 * Sources: SL = Svarta listan (Statsrådsberedningen PM 2011:1); HZ = humanizer word list aligned
 * with Svarta listan (MIT); MAL = Malmö stads skrivguide; GU = Göteborgs universitets
 * klarspråkssidor; SLU = SLU:s klarspråksråd; KOM = common entries in municipal klarspråk guides.
 */
export type WordPair = {
  avoid: string[]
  hint: boolean
  /** Words that, right after the form, give it another sense: then it is not reported. */
  notBefore?: string[]
  prefer: string
  /** What to write instead for each form in `avoid`, inflected alike. */
  preferByForm?: string[]
  source: string
}

const table = `
erhålla|erhåller|erhöll|erhållit|erhålls|erhållas|erhållits|erhölls|erhållen|erhållna ; få|får|fick|fått|fås|fås|fåtts|fick|fått|fått ; HZ
inneha|innehar|innehade|innehaft|innehava|innehaver ; ha|har|hade|haft|ha|har ; HZ
om särskilda skäl föreligger ; om det finns särskilda skäl ; SL
föreligger|förelåg|föreligga|förelegat ; finns|fanns|finnas|funnits ; SL ; hint
företa en undersökning|företar en undersökning|företog en undersökning ; undersöka ; SL
inhämta|inhämtar|inhämtade|inhämtat|inhämtas ; skaffa, hämta in|skaffar, hämtar in|skaffade, hämtade in|skaffat, hämtat in|skaffas, hämtas in ; SL
nöjaktig|nöjaktigt|nöjaktiga ; godtagbar ; SL
obillig|obilligt|obilliga ; oskälig ; SL
olägenhet|olägenheten|olägenheter|olägenheterna ; besvär, problem ; SL
eljest ; annars ; SL
i syfte att ; för att ; HZ
med anledning av att ; eftersom ; HZ
med anledning av det faktum att ; eftersom ; SL
i anledning av att ; eftersom ; SL
det bör noteras att|det kan noteras att ; observera att, eller stryk ; SL
i den mån ; om, när ; SL ; hint
försåvitt ; om ; SL
på grund av det faktum att ; eftersom ; HZ
i enlighet med ; enligt ; HZ
jämlikt ; enligt ; HZ
i avvaktan på ; i väntan på ; HZ
vidmakthålla|vidmakthåller|vidmakthöll|vidmakthållit ; behålla|behåller|behöll|behållit ; HZ
bibringa|bibringar|bibringade|bibringat ; ge|ger|gav|gett ; HZ
åvila|åvilar|åvilade|åvilat ; ligga på|ligger på|låg på|legat på ; HZ
åsamka|åsamkar|åsamkade|åsamkat|åsamkas ; orsaka|orsakar|orsakade|orsakat|orsakas ; HZ
förorsaka|förorsakar|förorsakade|förorsakat|förorsakas ; orsaka|orsakar|orsakade|orsakat|orsakas ; HZ
tillse att|tillser att|tillsåg att|tillsett att|tillse så att|tillser så att ; se till att|ser till att|såg till att|sett till att|se till att|ser till att ; HZ
inkomma med|inkommer med|inkom med|inkommit med ; lämna in, skicka in|lämnar in, skickar in|lämnade in, skickade in|lämnat in, skickat in ; MAL
inkomma|inkommer|inkom|inkommit|inkommen|inkomna ; komma in, lämna in ; MAL ; hint
åberopa|åberopar|åberopade|åberopat|åberopas ; hänvisa till|hänvisar till|hänvisade till|hänvisat till|hänvisas till ; HZ
envar ; var och en ; HZ
träda i kraft|träder i kraft|trädde i kraft|trätt i kraft ; börja gälla|börjar gälla|började gälla|börjat gälla ; HZ
ikraftträdande|ikraftträdandet ; när … börjar gälla ; HZ
innefatta|innefattar|innefattade|innefattat ; omfatta|omfattar|omfattade|omfattat ; HZ
såsom ; som ; HZ
föranleda|föranleder|föranledde|föranlett ; leda till|leder till|ledde till|lett till ; HZ
följaktligen ; alltså ; HZ
nyttja|nyttjar|nyttjade|nyttjat|nyttjas|nyttjande ; använda|använder|använde|använt|används|användning ; HZ
emellertid ; men, dock ; HZ
vad beträffar ; när det gäller ; HZ
med utgångspunkt från|med utgångspunkt i ; utifrån ; HZ
huruvida ; om ; HZ
ehuru ; fastän, även om ; HZ
enär ; eftersom ; HZ
icke ; inte ; HZ
ej ; inte ; MAL
blott ; bara ; MAL
härvidlag ; här ; HZ
förefalla|förefaller|föreföll|förefallit ; verka|verkar|verkade|verkat ; HZ
beträffande ; om ; HZ
avseende ; om, för ; HZ ; hint
i den händelse att ; om ; HZ
bereda tillfälle att|bereds tillfälle att|beredas tillfälle att ; ge möjlighet att, låta ; HZ
har möjlighet att|har möjlighet till ; kan ; HZ
i dagsläget ; nu ; HZ
inom ramen för ; inom ; HZ
genomföra en analys av|genomför en analys av|genomförde en analys av ; analysera ; HZ
vidta åtgärder|vidtar åtgärder|vidtog åtgärder|vidtagit åtgärder|vidtas åtgärder|åtgärder ska vidtas|åtgärder vidtas|åtgärder har vidtagits ; säg vad som ska göras ; HZ
i förevarande fall ; i det här fallet ; HZ
i anledning härav ; därför ; HZ
härefter ; sedan, efter det ; HZ
i överensstämmelse med ; enligt ; HZ
i avsikt att ; för att ; HZ
det är av vikt att ; det är viktigt att ; HZ
i den mån det är möjligt ; om möjligt ; HZ
i allt väsentligt ; i stort sett ; HZ
lämpligen ; helst, gärna ; HZ
såvitt avser ; när det gäller ; HZ
erforderlig|erforderligt|erforderliga ; nödvändig, som behövs ; MAL
erfordras|erfordrades|erfordrats|erfordra|erfordrar ; behövs|behövdes|behövts|behöva|behöver ; MAL
mottaga|mottager|mottog|mottagit ; ta emot|tar emot|tog emot|tagit emot ; MAL
iordningställa|iordningställer|iordningställde|iordningställt|iordningställs ; ställa i ordning ; MAL
delfående|delfåendet ; när du har fått ta del av ; MAL
kommunicering|kommuniceringen ; möjlighet att yttra dig ; MAL
bedriva forskning|bedriver forskning|bedrev forskning ; forska ; SLU
vidta en granskning|vidtar en granskning ; granska ; KOM
ombesörja|ombesörjer|ombesörjde|ombesörjt|ombesörjs ; ordna, se till|ordnar, ser till|ordnade, såg till|ordnat, sett till|ordnas ; KOM
tillhandahålla|tillhandahåller|tillhandahöll|tillhandahållit|tillhandahålls|tillhandahållas ; ge, erbjuda|ger, erbjuder|gav, erbjöd|gett, erbjudit|ges, erbjuds|ges, erbjudas ; KOM
inges|inge|inger|ingav|ingivit|ingiven|ingivna ; lämnas in|lämna in|lämnar in|lämnade in|lämnat in|inlämnad|inlämnade ; KOM ; not:förtroende|respekt|hopp|mod|tillit|trygghet|intryck|oro|känslan|aktning
handlägga|handlägger|handlagt|handläggs|handläggas ; hantera, behandla|hanterar, behandlar|hanterat, behandlat|hanteras, behandlas|hanteras, behandlas ; KOM ; hint
därest ; om ; KOM
dylik|dylikt|dylika ; sådan ; KOM
densamma|detsamma|desamma ; den, det, de ; KOM ; hint
jämväl ; också ; KOM
tillika ; också ; KOM
likaledes ; också ; KOM
samt ; och ; KOM ; hint
erlägga|erlägger|erlade|erlagt|erläggs|erläggas ; betala|betalar|betalade|betalat|betalas|betalas ; KOM
debitera|debiterar|debiterade|debiterat|debiteras ; ta betalt|tar betalt|tog betalt|tagit betalt|tas betalt ; KOM
tillställa|tillställer|tillställde|tillställt|tillställs|tillställas ; skicka|skickar|skickade|skickat|skickas|skickas ; KOM
tillkännage|tillkännager|tillkännagav|tillkännagett|tillkännages ; meddela|meddelar|meddelade|meddelat|meddelas ; KOM
påtala|påtalar|påtalade|påtalat|påtalas ; påpeka|påpekar|påpekade|påpekat|påpekas ; KOM
medgiva|medgiver|medgav|medgivit ; tillåta|tillåter|tillät|tillåtit ; KOM ; not:att
äga rätt att|äger rätt att|ägde rätt att ; ha rätt att|har rätt att|hade rätt att ; KOM
vederbörande ; den som berörs ; KOM
anmoda|anmodar|anmodade|anmodat|anmodas ; be|ber|bad|bett|ombeds ; KOM
anhålla om|anhåller om|anhöll om|anhållit om ; be om|ber om|bad om|bett om ; KOM
torde ; bör, kan nog ; KOM
ävensom ; och ; KOM
emedan ; eftersom ; KOM
alltjämt ; fortfarande ; KOM
numera ; nu ; KOM ; hint
såsom ovan nämnts ; som vi skrev ovan ; KOM
skall ; ska ; KOM
ombedes|ombeds ; vi ber dig ; KOM
åligger|ålåg|åligga|ålegat ; har ansvar för|hade ansvar för|ha ansvar för|haft ansvar för ; KOM
varvid ; då, och då ; KOM
varefter ; sedan ; KOM
företaga|företar|företog|företagit|företas ; göra|gör|gjorde|gjort|görs ; KOM ; hint
aviseras|aviserade|aviserat|avisera|aviserar ; meddelas|meddelade|meddelat|meddela|meddelar ; KOM
`

const parse = (line: string): WordPair => {
  const [avoid = '', prefer = '', source = '', ...flags] = line.split(';').map((part) => part.trim())
  const forms = avoid.split('|').map((form) => form.trim().toLowerCase())
  const preferred = prefer.split('|').map((form) => form.trim())
  const not = flags.find((flag) => flag.startsWith('not:'))
  return {
    avoid: forms,
    hint: flags.includes('hint'),
    ...(not ? { notBefore: not.slice(4).trim().split('|') } : {}),
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
