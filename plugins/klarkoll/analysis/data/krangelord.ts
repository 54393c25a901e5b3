/**
 * Krångelord and bureaucratic phrases with plainer alternatives, one entry per line:
 * the forms to avoid (inflected forms listed, separated by |), what to write instead, the source,
 * and whether the pair depends on context (then it is only a hint).
 *
 * Sources: SL = Svarta listan (Statsrådsberedningen PM 2011:1); HZ = humanizer word list aligned
 * with Svarta listan (MIT); MAL = Malmö stads skrivguide; GU = Göteborgs universitets
 * klarspråkssidor; SLU = SLU:s klarspråksråd; KOM = common entries in municipal klarspråk guides.
 */
export type WordPair = {
  avoid: string[]
  hint: boolean
  prefer: string
  source: string
}

const table = `
erhålla|erhåller|erhöll|erhållit|erhålls|erhållas|erhållits|erhållen|erhållna ; få ; HZ
inneha|innehar|innehade|innehaft|innehava|innehaver ; ha ; HZ
om särskilda skäl föreligger ; om det finns särskilda skäl ; SL
föreligger|förelåg|föreligga|förelegat ; finns ; SL ; hint
företa en undersökning|företar en undersökning|företog en undersökning ; undersöka ; SL
inhämta|inhämtar|inhämtade|inhämtat|inhämtas ; skaffa, hämta in ; SL
nöjaktig|nöjaktigt|nöjaktiga ; godtagbar ; SL
obillig|obilligt|obilliga ; oskälig ; SL
olägenhet|olägenheten|olägenheter|olägenheterna ; besvär, problem ; SL
eljest ; annars ; SL
i syfte att ; för att ; HZ
med anledning av att ; eftersom ; HZ
på grund av det faktum att ; eftersom ; HZ
i enlighet med ; enligt ; HZ
jämlikt ; enligt ; HZ
i avvaktan på ; i väntan på ; HZ
vidmakthålla|vidmakthåller|vidmakthöll|vidmakthållit ; behålla ; HZ
bibringa|bibringar|bibringade|bibringat ; ge ; HZ
åvila|åvilar|åvilade|åvilat ; ligga på ; HZ
åsamka|åsamkar|åsamkade|åsamkat|åsamkas ; orsaka ; HZ
förorsaka|förorsakar|förorsakade|förorsakat|förorsakas ; orsaka ; HZ
tillse att|tillser att|tillsåg att|tillsett att ; se till att ; HZ
inkomma med|inkommer med|inkom med|inkommit med ; lämna in, skicka in ; MAL
inkomma|inkommer|inkom|inkommit|inkommen|inkomna ; komma in, lämna in ; MAL ; hint
åberopa|åberopar|åberopade|åberopat|åberopas ; hänvisa till ; HZ
envar ; var och en ; HZ
träda i kraft|träder i kraft|trädde i kraft|trätt i kraft ; börja gälla ; HZ
ikraftträdande|ikraftträdandet ; när … börjar gälla ; HZ
innefatta|innefattar|innefattade|innefattat ; omfatta ; HZ
såsom ; som ; HZ
föranleda|föranleder|föranledde|föranlett ; leda till ; HZ
följaktligen ; alltså ; HZ
nyttja|nyttjar|nyttjade|nyttjat|nyttjas|nyttjande ; använda ; HZ
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
förefalla|förefaller|föreföll|förefallit ; verka ; HZ
beträffande ; om ; HZ
avseende ; om, för ; HZ ; hint
i den händelse att ; om ; HZ
bereda tillfälle att|bereds tillfälle att|beredas tillfälle att ; ge möjlighet att, låta ; HZ
har möjlighet att|har möjlighet till ; kan ; HZ
i dagsläget ; nu ; HZ
inom ramen för ; inom ; HZ
genomföra en analys av|genomför en analys av|genomförde en analys av ; analysera ; HZ
vidta åtgärder|vidtar åtgärder|vidtog åtgärder|vidtagit åtgärder|vidtas åtgärder ; säg vad som ska göras ; HZ
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
erfordras|erfordrades|erfordrats|erfordra|erfordrar ; behövs ; MAL
mottaga|mottager|mottog|mottagit ; ta emot ; MAL
iordningställa|iordningställer|iordningställde|iordningställt|iordningställs ; ställa i ordning ; MAL
delfående|delfåendet ; när du har fått ta del av ; MAL
kommunicering|kommuniceringen ; möjlighet att yttra dig ; MAL
bedriva forskning|bedriver forskning|bedrev forskning ; forska ; SLU
vidta en granskning|vidtar en granskning ; granska ; KOM
ombesörja|ombesörjer|ombesörjde|ombesörjt|ombesörjs ; ordna, se till ; KOM
tillhandahålla|tillhandahåller|tillhandahöll|tillhandahållit|tillhandahålls|tillhandahållas ; ge, erbjuda ; KOM
inges|inge|inger|ingav|ingivit|ingiven|ingivna ; lämnas in ; KOM
handlägga|handlägger|handlade|handlagt|handläggs|handläggas ; hantera, behandla ; KOM ; hint
därest ; om ; KOM
dylik|dylikt|dylika ; sådan ; KOM
densamma|detsamma|desamma ; den, det, de ; KOM ; hint
jämväl ; också ; KOM
tillika ; också ; KOM
likaledes ; också ; KOM
samt ; och ; KOM ; hint
erlägga|erlägger|erlade|erlagt|erläggs|erläggas ; betala ; KOM
debitera|debiterar|debiterade|debiterat|debiteras ; ta betalt ; KOM
tillställa|tillställer|tillställde|tillställt|tillställs ; skicka ; KOM
tillkännage|tillkännager|tillkännagav|tillkännagett|tillkännages ; meddela ; KOM
påtala|påtalar|påtalade|påtalat|påtalas ; påpeka ; KOM
medgiva|medgiver|medgav|medgivit ; tillåta ; KOM
äga rätt att|äger rätt att|ägde rätt att ; har rätt att ; KOM
vederbörande ; den som berörs ; KOM
anmoda|anmodar|anmodade|anmodat|anmodas ; be ; KOM
anhålla om|anhåller om|anhöll om|anhållit om ; be om ; KOM
torde ; bör, kan nog ; KOM
ävensom ; och ; KOM
emedan ; eftersom ; KOM
alltjämt ; fortfarande ; KOM
numera ; nu ; KOM ; hint
såsom ovan nämnts ; som vi skrev ovan ; KOM
skall ; ska ; KOM
ombedes|ombeds ; vi ber dig ; KOM
åligger|ålåg|åligga|ålegat ; ska, har ansvar för ; KOM
varvid ; då, och då ; KOM
varefter ; sedan ; KOM
företaga|företar|företog|företagit|företas ; göra ; KOM ; hint
aviseras|aviserade|aviserat|avisera|aviserar ; meddela, skicka besked ; KOM
`

const parse = (line: string): WordPair => {
  const [avoid = '', prefer = '', source = '', hint = ''] = line.split(';').map((part) => part.trim())
  return {
    avoid: avoid.split('|').map((form) => form.trim().toLowerCase()),
    hint: hint === 'hint',
    prefer,
    source,
  }
}

export const krangelord: WordPair[] = table
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .map(parse)
