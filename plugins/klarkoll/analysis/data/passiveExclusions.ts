/**
 * Words ending in -s that are not passive: deponent verbs (finns, hoppas), reciprocal verbs
 * (träffas, ses), and common adverbs, pronouns and nouns. Inflected forms are listed explicitly.
 */
export const passiveExclusions = new Set([
  // deponent verbs
  'andas', 'andades', 'andats', 'brottas', 'brottades', 'dröjs', 'envisas', 'fanns', 'finns',
  'funnits', 'färdas', 'färdades', 'hoppas', 'hoppades', 'hoppats', 'hållas', 'kräkas',
  'kräktes', 'kännas', 'känns', 'kändes', 'känts', 'lyckas', 'lyckades', 'lyckats', 'låtsas',
  'låtsades', 'minnas', 'minns', 'mindes', 'mints', 'nöjas', 'rymmas', 'ryms', 'skämmas',
  'skäms', 'skämdes', 'svettas', 'svettades', 'synas', 'syns', 'syntes', 'synts', 'trivas',
  'trivs', 'trivdes', 'trivts', 'åldras', 'åldrades', 'åldrats', 'vämjas', 'behövs',
  'behövdes', 'behövts', 'kittlas', 'dofta', 'tycks', 'tyckas',
  'töcknas', 'väsnas', 'väsnades', 'ängslas', 'avundas', 'umgås', 'umgicks', 'umgåtts',
  'slåss', 'slogs', 'hörs', 'hördes', 'märks', 'märktes', 'verkas', 'lär',
  // reciprocal
  'träffas', 'träffades', 'träffats', 'ses', 'sågs', 'setts', 'möts', 'mötas', 'möttes',
  'kramas', 'kramades', 'pussas', 'bråkas', 'följas', 'samarbetas', 'enas', 'enades',
  'talas', 'höras', 'skiljas', 'skildes', 'samsas',
  // adverbs, pronouns, conjunctions, prepositions
  'alls', 'annars', 'bakfram', 'dels', 'ens', 'fast', 'förrän', 'hos', 'ibland', 'ifall',
  'inomhus', 'utomhus', 'mellanåt', 'oss', 'dess', 'vars', 'bådas', 'tills', 'såsom', 'ovs',
  'nyss', 'redans', 'längs', 'stundtals', 'delvis', 'särskilt', 'gratis', 'emellertid',
  'ingenstans', 'någonstans', 'överallt', 'utrikes', 'inrikes', 'likadès', 'likaså', 'baklänges',
  'framlänges', 'upptill', 'nedtill', 'iväg', 'sams', 'förgäves', 'jämsides', 'annorstädes',
  'varandras', 'allas', 'vems', 'dennas', 'andras', 'någras', 'bägges', 'somliga',
  // nouns and names ending in -as/-es/-ats/-ades
  'atlas', 'ananas', 'bias', 'gas', 'glas', 'kaos', 'kanvas', 'kompas', 'plats', 'sats',
  'status', 'veckas', 'månads', 'dags', 'kvinnas', 'flickas', 'pojkes', 'mammas', 'pappas',
  'process', 'schas', 'tomas', 'jonas', 'elias', 'andreas', 'lukas', 'matias', 'mattias',
  'nicklas', 'niklas', 'tobias', 'klas', 'texas', 'las', 'vegas', 'thomas', 'abbas',
  'format', 'fas', 'diabetes', 'herpes', 'rabies', 'deras', 'finnas', 'enskildes', 'tes', 'mes', 'les', 'ades', 'kakaos',
])
