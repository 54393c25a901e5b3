import type { EService } from '../payload-types'
import type { LexicalDocument } from './lexical'

import { doc, list, paragraph } from './lexical'

/** An e-service as seeded; `unit` and `support` name seeded units by key. */
export type SeedEService = Omit<
  EService,
  | 'createdAt'
  | 'generateSlug'
  | 'id'
  | 'processingTime'
  | 'responsibleUnit'
  | 'steps'
  | 'supportContact'
  | 'updatedAt'
  | 'whatToHaveReady'
> & {
  processingTime: { duration: string; text?: string }
  steps: LexicalDocument
  support: string
  unit: string
  whatToHaveReady: string[]
}

const steps = (...items: string[]) =>
  doc(paragraph('Så här gör du:'), list('number', ...items.map((item) => [item])))

const eLegitimation: EService['authentication'] = ['bankid', 'mobilt-bankid', 'freja-eid-plus']
const overklaga = (who: string) =>
  `Om du inte är nöjd med beslutet kan du överklaga det. Skriv till ${who} inom tre veckor från den dag du fick beslutet. Berätta vilket beslut du överklagar och varför. Vi hjälper dig gärna.`

/** At least eight e-services with every field filled, as the public site and the checks need. */
export const seedEServices: SeedEService[] = [
  {
    slug: 'ansok-om-forskoleplats',
    title: 'Ansök om plats i förskola',
    shortDescription: 'Ansök om plats i förskola för ditt barn från ett års ålder.',
    url: 'https://e.exempelkommun.se/forskola/ansok',
    serviceStatus: 'aktiv',
    audience: ['vardnadshavare'],
    topics: ['barn-utbildning'],
    authentication: eLegitimation,
    signatureRequired: true,
    steps: steps(
      'Logga in med e-legitimation.',
      'Välj upp till tre förskolor.',
      'Skriv vilket datum du vill att barnet ska börja.',
      'Skicka ansökan. Båda vårdnadshavarna ska godkänna den.',
    ),
    whatToHaveReady: [
      'Barnets personnummer',
      'Datum då barnet ska börja',
      'Den andra vårdnadshavarens e-legitimation',
    ],
    cost: { free: false, amount: 1688, note: 'Högsta avgift per månad enligt maxtaxan.' },
    languages: ['sv', 'en', 'ar', 'so'],
    processingTime: { duration: 'P4M', text: 'Du får en plats inom fyra månader.' },
    afterApplying: {
      confirmationTime: 'direkt',
      confirmation: 'Bekräftelsen kommer med e-post när du har skickat ansökan.',
      decision: 'Du får ett erbjudande om plats. Svara inom 14 dagar, annars går platsen vidare.',
      handledBy: 'Placeringsenheten på barn- och utbildningsförvaltningen.',
    },
    appeal: overklaga('barn- och utbildningsnämnden'),
    unit: 'barn-utbildning',
    support: 'kontaktcenter',
    alternativeChannels: [
      {
        kind: 'pappersblankett',
        description: 'Skriv ut blanketten och skicka den till oss.',
        url: 'https://www.exempelkommun.se/blanketter/forskola.pdf',
      },
      { kind: 'besok', description: 'Få hjälp att ansöka i kommunhusets reception.' },
    ],
  },
  {
    slug: 'ansok-om-skolskjuts',
    title: 'Ansök om skolskjuts',
    shortDescription: 'Ansök om skolskjuts om ditt barn har lång väg till skolan.',
    url: 'https://e.exempelkommun.se/skolskjuts/ansok',
    serviceStatus: 'aktiv',
    audience: ['vardnadshavare'],
    topics: ['barn-utbildning', 'trafik-gator'],
    authentication: eLegitimation,
    signatureRequired: false,
    steps: steps(
      'Logga in med e-legitimation.',
      'Skriv barnets adress och skola.',
      'Berätta om barnet behöver skolskjuts av andra skäl än avståndet.',
      'Skicka ansökan.',
    ),
    whatToHaveReady: [
      'Barnets personnummer',
      'Namnet på barnets skola',
      'Intyg från läkare, om det finns',
    ],
    cost: { free: true, note: 'Skolskjuts är gratis.' },
    languages: ['sv', 'en'],
    processingTime: { duration: 'P3W' },
    afterApplying: {
      confirmationTime: 'ett-dygn',
      confirmation: 'Bekräftelsen kommer med e-post.',
      decision: 'Du får beslutet via e-post eller brev.',
      handledBy: 'Skolskjutshandläggaren på barn- och utbildningsförvaltningen.',
    },
    appeal: overklaga('barn- och utbildningsnämnden'),
    unit: 'barn-utbildning',
    support: 'kontaktcenter',
    alternativeChannels: [
      { kind: 'telefon', description: 'Ring kontaktcenter så hjälper vi dig att ansöka.' },
    ],
  },
  {
    slug: 'ansok-om-bygglov',
    title: 'Ansök om bygglov',
    shortDescription: 'Ansök om bygglov när du ska bygga nytt, bygga till eller ändra en byggnad.',
    url: 'https://e.exempelkommun.se/bygglov/ansok',
    serviceStatus: 'aktiv',
    audience: ['privatperson', 'foretag', 'fastighetsagare'],
    topics: ['bygga-bo-miljo'],
    authentication: [...eLegitimation, 'utlandsk-e-legitimation'],
    signatureRequired: true,
    steps: steps(
      'Logga in med e-legitimation.',
      'Beskriv vad du vill bygga.',
      'Ladda upp ritningar och situationsplan.',
      'Skicka ansökan.',
    ),
    whatToHaveReady: [
      'Fastighetsbeteckning',
      'Ritningar: fasad, plan och sektion',
      'Situationsplan',
      'Namn på kontrollansvarig, om det behövs',
    ],
    cost: {
      free: false,
      amount: 9200,
      note: 'Exempel för ett enbostadshus. Avgiften följer kommunens taxa.',
    },
    languages: ['sv', 'en'],
    processingTime: {
      duration: 'P10W',
      text: 'Du får beslut inom tio veckor efter att ansökan är komplett.',
    },
    afterApplying: {
      confirmationTime: 'en-vecka',
      confirmation: 'Med bekräftelsen berättar vi om något saknas.',
      decision: 'Du får beslutet via e-post. Det kungörs i Post- och Inrikes Tidningar.',
      handledBy: 'En bygglovshandläggare på bygglovsenheten.',
    },
    appeal: overklaga('bygg- och miljönämnden'),
    unit: 'bygglov',
    support: 'bygglov',
    alternativeChannels: [
      {
        kind: 'brev',
        description: 'Skicka ansökan och ritningar med post till bygglovsenheten.',
      },
    ],
  },
  {
    slug: 'felanmalan-gata-och-belysning',
    title: 'Anmäl fel på gata, park eller belysning',
    shortDescription: 'Anmäl hål i vägen, trasig gatubelysning, klotter eller annat som är fel.',
    url: 'https://e.exempelkommun.se/felanmalan',
    serviceStatus: 'aktiv',
    audience: ['privatperson', 'foretag'],
    topics: ['trafik-gator'],
    authentication: ['ingen'],
    signatureRequired: false,
    steps: steps(
      'Markera platsen på kartan.',
      'Beskriv felet och ladda gärna upp en bild.',
      'Skicka anmälan. Du behöver inte logga in.',
    ),
    whatToHaveReady: ['Platsen där felet finns', 'En bild, om du kan'],
    cost: { free: true },
    languages: ['sv', 'en', 'fi', 'ar'],
    processingTime: { duration: 'P5D', text: 'Vi åtgärdar de flesta fel inom fem dagar.' },
    afterApplying: {
      confirmationTime: 'direkt',
      confirmation: 'Du får ett ärendenummer om du lämnar din e-postadress.',
      decision: 'Du kan följa ärendet på kartan.',
      handledBy: 'Gatuenheten.',
    },
    appeal:
      'En felanmälan är inget beslut och kan inte överklagas. Kontakta oss om du inte är nöjd.',
    unit: 'kontaktcenter',
    support: 'kontaktcenter',
    alternativeChannels: [
      {
        kind: 'telefon',
        description: 'Ring kontaktcenter. Akuta fel kvällar och helger: ring växeln.',
      },
    ],
  },
  {
    slug: 'ansok-om-ekonomiskt-bistand',
    title: 'Ansök om ekonomiskt bistånd',
    shortDescription:
      'Ansök om pengar till mat, hyra och andra kostnader när du inte kan försörja dig.',
    url: 'https://e.exempelkommun.se/ekonomiskt-bistand',
    serviceStatus: 'aktiv',
    audience: ['privatperson'],
    topics: ['omsorg-stod'],
    authentication: eLegitimation,
    signatureRequired: true,
    steps: steps(
      'Logga in med e-legitimation.',
      'Fyll i dina inkomster och utgifter.',
      'Ladda upp underlag.',
      'Skicka ansökan. En handläggare kontaktar dig.',
    ),
    whatToHaveReady: [
      'Hyresavi',
      'Kontoutdrag för de tre senaste månaderna',
      'Besked från Försäkringskassan eller Arbetsförmedlingen',
    ],
    cost: { free: true },
    languages: ['sv', 'en', 'ar', 'so', 'fa', 'ti', 'uk'],
    processingTime: { duration: 'P2W' },
    afterApplying: {
      confirmationTime: 'direkt',
      confirmation: 'Bekräftelsen visas på skärmen och kommer med e-post.',
      decision: 'Du får ett skriftligt beslut.',
      handledBy: 'En socialsekreterare på socialtjänsten.',
    },
    appeal: overklaga('socialnämnden'),
    unit: 'socialtjanst',
    support: 'socialtjanst',
    alternativeChannels: [
      { kind: 'besok', description: 'Boka ett besök hos socialtjänsten.' },
      {
        kind: 'pappersblankett',
        description: 'Hämta en blankett i kommunhusets reception.',
      },
    ],
  },
  {
    slug: 'ansok-om-parkeringstillstand',
    title: 'Ansök om parkeringstillstånd för rörelsehindrade',
    shortDescription: 'Ansök om tillstånd att parkera närmare ditt mål om du har svårt att gå.',
    url: 'https://e.exempelkommun.se/parkeringstillstand',
    serviceStatus: 'underhall',
    audience: ['privatperson'],
    topics: ['trafik-gator', 'omsorg-stod'],
    authentication: eLegitimation,
    signatureRequired: true,
    steps: steps(
      'Logga in med e-legitimation.',
      'Ladda upp läkarintyg och ett foto av dig.',
      'Skicka ansökan.',
    ),
    whatToHaveReady: ['Läkarintyg', 'Ett foto i passfotoformat'],
    cost: { free: true },
    languages: ['sv'],
    processingTime: { duration: 'P4W' },
    afterApplying: {
      confirmationTime: 'ett-dygn',
      confirmation: 'Bekräftelsen kommer med e-post.',
      decision: 'Kortet skickas hem till dig om du får tillstånd.',
      handledBy: 'Trafikhandläggaren.',
    },
    appeal:
      'Du överklagar beslutet till länsstyrelsen. Skicka överklagandet till oss inom tre veckor.',
    unit: 'kontaktcenter',
    support: 'kontaktcenter',
    alternativeChannels: [
      {
        kind: 'pappersblankett',
        description: 'E-tjänsten har underhåll. Använd blanketten så länge.',
        url: 'https://www.exempelkommun.se/blanketter/parkeringstillstand.pdf',
      },
    ],
  },
  {
    slug: 'ansok-om-foreningsbidrag',
    title: 'Ansök om bidrag till förening',
    shortDescription: 'Ansök om bidrag till föreningens verksamhet för barn och unga.',
    url: 'https://e.exempelkommun.se/foreningsbidrag',
    serviceStatus: 'aktiv',
    audience: ['forening'],
    topics: ['kultur-fritid'],
    authentication: eLegitimation,
    signatureRequired: true,
    steps: steps(
      'Logga in med e-legitimation som föreningens firmatecknare.',
      'Fyll i antal medlemmar och aktiviteter.',
      'Ladda upp verksamhetsberättelse och bokslut.',
      'Skicka ansökan senast 31 mars.',
    ),
    whatToHaveReady: ['Verksamhetsberättelse', 'Bokslut', 'Föreningens bankgiro'],
    cost: { free: true },
    languages: ['sv'],
    processingTime: { duration: 'P6W' },
    afterApplying: {
      confirmationTime: 'ett-dygn',
      confirmation: 'Bekräftelsen kommer med e-post.',
      decision: 'Bidraget betalas ut i maj om ansökan beviljas.',
      handledBy: 'Kultur- och fritidsförvaltningen.',
    },
    appeal: 'Beslut om bidrag kan inte överklagas, men du kan begära omprövning inom tre veckor.',
    unit: 'bibliotek',
    support: 'kontaktcenter',
    alternativeChannels: [{ kind: 'epost', description: 'Skicka ansökan och bilagor med e-post.' }],
  },
  {
    slug: 'ansok-om-serveringstillstand',
    title: 'Ansök om serveringstillstånd',
    shortDescription:
      'Ansök om tillstånd att servera alkohol i din restaurang eller vid ett evenemang.',
    url: 'https://e.exempelkommun.se/serveringstillstand',
    serviceStatus: 'aktiv',
    audience: ['foretag'],
    topics: ['naringsliv-arbete'],
    authentication: [...eLegitimation, 'utlandsk-e-legitimation'],
    signatureRequired: true,
    steps: steps(
      'Logga in med e-legitimation.',
      'Beskriv lokalen och hur många gäster ni tar emot.',
      'Ladda upp planritning och meny.',
      'Betala avgiften och skicka ansökan.',
    ),
    whatToHaveReady: [
      'Organisationsnummer',
      'Planritning över lokalen',
      'Meny',
      'Intyg om kunskapsprov',
    ],
    cost: { free: false, amount: 10500, note: 'Stadigvarande tillstånd till allmänheten.' },
    languages: ['sv', 'en'],
    processingTime: { duration: 'P8W' },
    afterApplying: {
      confirmationTime: 'samma-dag',
      confirmation: 'Bekräftelsen kommer när avgiften är betald.',
      decision: 'Socialnämnden beslutar. Du får beslutet via e-post.',
      handledBy: 'Alkoholhandläggaren.',
    },
    appeal:
      'Du överklagar beslutet till förvaltningsrätten. Skicka överklagandet till oss inom tre veckor.',
    unit: 'socialtjanst',
    support: 'kontaktcenter',
    alternativeChannels: [{ kind: 'brev', description: 'Skicka ansökan och bilagor med post.' }],
  },
  {
    slug: 'lamna-synpunkter',
    title: 'Lämna en synpunkt eller ett klagomål',
    shortDescription:
      'Berätta vad som är bra eller dåligt i kommunens service. Du får svar inom en vecka.',
    url: 'https://e.exempelkommun.se/synpunkter',
    serviceStatus: 'aktiv',
    audience: ['privatperson', 'foretag', 'forening'],
    topics: ['kommun-politik'],
    authentication: ['ingen'],
    signatureRequired: false,
    steps: steps('Skriv din synpunkt.', 'Lämna din e-postadress om du vill ha svar.', 'Skicka.'),
    whatToHaveReady: ['Din e-postadress, om du vill ha svar'],
    cost: { free: true },
    languages: ['sv', 'en', 'fi', 'fit', 'se', 'rom', 'yi'],
    processingTime: { duration: 'P1W', text: 'Du får svar inom en vecka.' },
    afterApplying: {
      confirmationTime: 'ett-dygn',
      confirmation: 'Bekräftelsen kommer med e-post.',
      decision: 'Den som ansvarar för verksamheten svarar dig.',
      handledBy: 'Kontaktcenter skickar synpunkten vidare.',
    },
    appeal: 'En synpunkt är inget beslut och kan inte överklagas.',
    unit: 'kontaktcenter',
    support: 'kontaktcenter',
    alternativeChannels: [
      { kind: 'besok', description: 'Lämna synpunkten i kommunhusets reception.' },
      { kind: 'telefon', description: 'Ring kontaktcenter.' },
    ],
  },
]
