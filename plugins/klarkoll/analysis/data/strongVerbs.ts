/**
 * Strong and irregular verbs, whose forms no suffix rule makes (the dictionary lists them as bare
 * words, without saying what they are): infinitive, present, past, supine and past participle
 * (– when there is none; alternatives with /). From Svenska Akademiens ordlista's list of strong
 * and irregular verbs, with the weak verbs whose short forms the dictionary lacks (bytts,
 * betalts); compounds (avgöra, uppge, handlägga) are found through their last part.
 */
export const strongVerbs = `
be ber bad bett bedd
bedja beder bad bett bedd
binda binder band bundit bunden
bita biter bet bitit biten
bjuda bjuder bjöd bjudit bjuden
brinna brinner brann brunnit brunnen
bryta bryter bröt brutit bruten
betala betalar betalade/betalde betalat/betalt betald
bära bär bar burit buren
byta byter bytte bytt bytt
dra drar drog dragit dragen
draga drar drog dragit dragen
dricka dricker drack druckit drucken
driva driver drev drivit driven
dölja döljer dolde dolt dold
falla faller föll fallit fallen
finna finner fann funnit funnen
flyga flyger flög flugit flugen
frysa fryser frös frusit frusen
få får fick fått –
ge ger gav gett/givit given
giva ger gav givit given
gripa griper grep gripit gripen
gråta gråter grät gråtit –
gå går gick gått gången
göra gör gjorde gjort gjord
ha har hade haft –
heta heter hette hetat –
hinna hinner hann hunnit hunnen
hugga hugger högg huggit huggen
hålla håller höll hållit hållen
kliva kliver klev klivit kliven
knyta knyter knöt knutit knuten
komma kommer kom kommit kommen
krypa kryper kröp krupit krupen
lida lider led lidit liden
ligga ligger låg legat –
ljuga ljuger ljög ljugit ljugen
låta låter lät låtit låten
lägga lägger lade/la lagt lagd
njuta njuter njöt njutit njuten
nypa nyper nöp nypit nypen
rida rider red ridit riden
riva river rev rivit riven
se ser såg sett sedd
sitta sitter satt suttit sutten
sjunga sjunger sjöng sjungit sjungen
skjuta skjuter sköt skjutit skjuten
skriva skriver skrev skrivit skriven
skära skär skar skurit skuren
slita sliter slet slitit sliten
slå slår slog slagit slagen
sova sover sov sovit –
sprida sprider spred/spridde spritt/spridit spridd
springa springer sprang sprungit sprungen
sticka sticker stack stuckit stucken
stjäla stjäl stal stulit stulen
stryka stryker strök strukit struken
stå står stod stått –
svika sviker svek svikit sviken
sälja säljer sålde sålt såld
sätta sätter satte satt satt
säga säger sade/sa sagt sagd
ta tar tog tagit tagen
taga tar tog tagit tagen
vika viker vek vikit viken
vinna vinner vann vunnit vunnen
vrida vrider vred vridit vriden
välja väljer valde valt vald
vänja vänjer vande vant vand
äta äter åt ätit äten
`
