/**
 * Verbs whose -s forms the lexicon reads as passive but which writers use in another sense. The
 * lexicon already knows the verbs that only exist in -s (vistas, lyckas, trivs, turas); these are
 * the ones that also have an active verb with the same forms, so only the sense tells them apart.
 *
 * deponent: the -s form is its own verb ("det finns", "vi hoppas", "det känns", "det behövs").
 * reciprocal: "each other", unless someone does it to the subject ("du möts av personalen").
 * Listed by lemma; every form (finns, fanns, funnits, finnas) follows from the lexicon.
 */
export const deponentSense = new Set([
  'behöva',
  'finna',
  'hoppa',
  'kräka',
  'känna',
  'lära',
  'låtsa',
  'minna',
  'märka',
  'nöja',
  'reta',
  'rymma',
  'skämma',
  'tycka',
  'vämja',
  'ängsla',
])

export const reciprocalSense = new Set([
  'bråka',
  'brotta',
  'ena',
  'höra',
  'kiva',
  'korsa',
  'krama',
  'möta',
  'prata',
  'pussa',
  'samarbeta',
  'samsa',
  'se',
  'skilja',
  'slå',
  'tala',
  'träffa',
])

/** Reciprocal only with this particle: "vi följs åt", but "reglerna ska följas". */
export const reciprocalWithParticle: Record<string, string> = { följa: 'åt' }

/** A reciprocal verb made transitive by a particle: "planen ses över", "det ses som ett fel". */
export const passiveWithParticle: Record<string, string[]> = { se: ['över', 'som'] }

/**
 * Participles used as adjectives after bli and vara: "är stängd" about opening hours, "är
 * anställd", "blir känd", "blev intresserad". Other participles after vara are the state
 * passive that klarspråk guides rewrite ("ansökan är beviljad" → "vi har beviljat ansökan").
 */
export const adjectivalParticiples = new Set(
  ['anställd', 'berättigad', 'intresserad', 'känd', 'stängd', 'vårdad'].flatMap((form) => [
    form,
    `${form.slice(0, -1)}t`,
    `${form}a`,
    `${form}e`,
  ]),
)

/**
 * Function words that look like verb forms to the lexicon: "hos" (hoa), "andras" (an + dras).
 * Verbs never follow a preposition directly, so "i våras" and "i höstas" need no entry here.
 */
export const functionWords = new Set([
  'allas',
  'alls',
  'andras',
  'bådas',
  'dels',
  'dess',
  'ens',
  'hos',
  'längs',
  'nyss',
  'oss',
  'tills',
  'vars',
])
