import { strongVerbs } from '../data/strongVerbs'
import { deponentLemmas, suffixRules, verbStems } from '../data/verbLexicon.generated'

/** What an -s form is: passive of a verb (with its tense) or a form of a deponent verb. */
export type SForm =
  | { kind: 'deponent'; lemma: string }
  | {
      /** Also a form of a deponent verb of its own ("det fattas pengar"). */
      alsoDeponent?: true
      kind: 'passive'
      lemma: string
      tense: 'infinitive' | 'past' | 'present' | 'supine'
    }

type Passive = Extract<SForm, { kind: 'passive' }>

type Lexicon = {
  deponents: Set<string>
  participles: Map<string, string>
  /** Strong and irregular verbs' active present: ta → tar, göra → gör. */
  presents: Map<string, string>
  rules: Record<string, Array<{ add: string; condition: RegExp; strip: string }>>
  stems: Map<string, string>
  strong: Map<string, Passive>
}

const frontDecoded = (coded: string): string[] => {
  let previous = ''
  return coded.split(',').map((entry) => {
    previous = previous.slice(0, parseInt(entry[0]!, 36)) + entry.slice(1)
    return previous
  })
}

const strongForms = (
  strong: Map<string, Passive>,
  participles: Map<string, string>,
  presents: Map<string, string>,
) => {
  for (const line of strongVerbs.trim().split('\n')) {
    const [lemma, present, past, supine, participle] = line.split(' ') as [
      string,
      string,
      string,
      string,
      string,
    ]
    if (!presents.has(lemma)) presents.set(lemma, present)
    const passive = (form: string, tense: 'infinitive' | 'past' | 'present' | 'supine') => {
      if (!strong.has(form)) strong.set(form, { kind: 'passive', lemma, tense })
    }
    // tar → tas, ger → ges; skriver → skrivs, lägger → läggs; gör → görs, bär → bärs.
    passive(
      present === `${lemma}r`
        ? `${lemma}s`
        : present.endsWith('er')
          ? `${present.slice(0, -2)}s`
          : `${present}s`,
      'present',
    )
    // The old -es present beside it, still written in set phrases: ombedes, skrives.
    if (present.endsWith('er')) passive(`${present.slice(0, -1)}s`, 'present')
    passive(`${lemma}s`, 'infinitive')
    for (const form of past.split('/')) passive(`${form}s`, 'past')
    for (const form of supine.split('/')) passive(`${form}s`, 'supine')
    if (participle === '–') continue
    // tagen, taget, tagna; gjord, gjort, gjorda; satt, satta.
    const forms = participle.endsWith('en')
      ? [participle, `${participle.slice(0, -2)}et`, `${participle.slice(0, -2)}na`]
      : participle.endsWith('d')
        ? [participle, `${participle.slice(0, -1)}t`, `${participle}a`]
        : [participle, `${participle}a`]
    for (const form of forms) if (!participles.has(form)) participles.set(form, lemma)
  }
}

let lexicon: Lexicon | undefined
// Decoded on first use (about 8,000 stems), so loading the engine costs nothing until a text
// with an -s form or a participle is read.
const load = (): Lexicon => {
  if (lexicon) return lexicon
  const stems = new Map<string, string>()
  for (const entry of frontDecoded(verbStems)) {
    const split = entry.search(/[A-Z]/)
    stems.set(entry.slice(0, split), entry.slice(split))
  }
  const rules: Lexicon['rules'] = {}
  for (const [flag, list] of Object.entries(suffixRules)) {
    rules[flag] = list.map(([strip, add, condition]) => ({
      add,
      condition: new RegExp(`${condition}$`),
      strip,
    }))
  }
  const deponents = new Set<string>()
  for (const lemma of frontDecoded(deponentLemmas)) {
    const stem = lemma.slice(0, -1)
    deponents.add(lemma).add(`${stem}des`).add(`${stem}ts`)
  }
  const strong = new Map<string, Passive>()
  const participles = new Map<string, string>()
  const presents = new Map<string, string>()
  strongForms(strong, participles, presents)
  lexicon = { deponents, participles, presents, rules, stems, strong }
  return lexicon
}

// -ts, -its, -tts: supine (krävts, skrivits, bytts); -s alone: present; the rest past (-des, -tes).
const tenseOf = (add: string): 'past' | 'present' | 'supine' =>
  add.endsWith('ts') ? 'supine' : add === 's' ? 'present' : 'past'

/** Undoes one suffix of a class, as hunspell does: the stem must carry the class. */
const undo = (lex: Lexicon, word: string, flag: string) => {
  for (const { add, condition, strip } of lex.rules[flag] ?? []) {
    if (!word.endsWith(add)) continue
    const stem = word.slice(0, word.length - add.length) + strip
    if (condition.test(stem) && lex.stems.get(stem)?.includes(flag)) return { add, stem }
  }
  return undefined
}

/** Where the part stands: the whole word, after a particle (uppges), or after any first part. */
type Place = 'whole' | 'particle' | 'compound'

const passiveReading = (lex: Lexicon, word: string, place: Place): Passive | undefined => {
  const strong = lex.strong.get(word)
  if (strong) return strong
  // R is the present of stems in -s (läses), and the old -es present of others (köpes): too
  // rare to read at the end of a compound, where it would take "diabetes" for "beta".
  for (const flag of place === 'whole' ? ['L', 'N', 'R'] : ['L', 'N']) {
    const found = undo(lex, word, flag)
    if (found) {
      const tense = flag === 'R' ? 'present' : tenseOf(found.add)
      return { kind: 'passive', lemma: found.stem, tense }
    }
  }
  // skickas, krävas (the A class on a verb stem); ges, nås (short verbs).
  const stem = word.slice(0, -1)
  const classes = lex.stems.get(stem)
  // The dictionary leaves out some -s infinitives: a second-conjugation stem always has one (tömmas).
  if (
    classes &&
    (classes.includes('A') ||
      (classes.includes('L') && stem.endsWith('a')) ||
      // Short verbs only whole or after a particle: "diabetes" is not "dia" + "betes".
      (classes.includes('M') && !stem.endsWith('a') && place !== 'compound'))
  ) {
    return {
      kind: 'passive',
      lemma: stem,
      tense: stem.endsWith('a') && !classes.includes('N') ? 'infinitive' : 'present',
    }
  }
  return undefined
}

/** A form both passive and deponent ("beslut fattas", "det fattas pengar") says so. */
const simpleSForm = (lex: Lexicon, word: string, place: Place): SForm | undefined => {
  const passive = passiveReading(lex, word, place)
  const deponent = lex.deponents.has(word)
  if (passive) return deponent ? { ...passive, alsoDeponent: true } : passive
  return deponent ? { kind: 'deponent', lemma: word } : undefined
}

const maxWordLength = 40

// Verb particles and prefixes that make compounds of any verb: avgörs, uppges, tillsätts.
const particles = [
  'an', 'av', 'be', 'bort', 'efter', 'emot', 'fast', 'fram', 'för', 'före', 'genom', 'hem',
  'ihop', 'in', 'er', 'med', 'mot', 'ned', 'ner', 'om', 'på', 'sam', 'sönder', 'till', 'tillbaka',
  'undan', 'under', 'upp', 'ut', 'vid', 'åter', 'över',
] // prettier-ignore

/**
 * Splits off a first part when the whole word is not in the lexicon: a particle (uppges,
 * återbetalas) or a longer first part of at least three letters before a verb of at least four
 * (folkbokförs, handläggs). The lemma keeps the first part: handläggs is "handlägga", and
 * "bemöts" is no form of the reciprocal "möta".
 */
const compound = <T>(
  word: string,
  lookup: (part: string, place: Place, firstPart: string) => T | undefined,
  anyFirstPart = true,
): T | undefined => {
  // Longer "words" are not Swedish words (a pasted hash, an attack): no quadratic splitting.
  if (word.length > maxWordLength) return undefined
  const whole = lookup(word, 'whole', '')
  if (whole !== undefined) return whole
  for (const particle of particles) {
    if (word.length - particle.length >= 3 && word.startsWith(particle)) {
      const rest = lookup(word.slice(particle.length), 'particle', particle)
      if (rest !== undefined) return rest
    }
  }
  if (!anyFirstPart) return undefined
  for (let split = 3; split <= word.length - 4; split++) {
    const rest = lookup(word.slice(split), 'compound', word.slice(0, split))
    if (rest !== undefined) return rest
  }
  return undefined
}

/** The reading of a word ending in -s: a passive verb form, a deponent form, or nothing known. */
export const sFormOf = (word: string): SForm | undefined => {
  if (!word.endsWith('s') || word.length < 3) return undefined
  const lex = load()
  return compound(word, (part, place, firstPart) => {
    const form = part.length >= 3 ? simpleSForm(lex, part, place) : undefined
    return form && firstPart ? { ...form, lemma: firstPart + form.lemma } : form
  })
}

/**
 * The verb a past participle comes from (godkänd → godkänna, tagna → ta), if it is one. Only
 * particles are split off: "välkommen" is not a form of "komma".
 */
export const participleOf = (word: string): string | undefined => {
  const lex = load()
  return compound(
    word,
    (part, _place, firstPart) => {
      const lemma = simpleParticiple(lex, part)
      return lemma && firstPart + lemma
    },
    false,
  )
}

const simpleParticiple = (lex: Lexicon, part: string): string | undefined => {
  const strong = lex.participles.get(part)
  if (strong) return strong
  for (const flag of ['O', 'P', 'K']) {
    const found = undo(lex, part, flag)
    if (found) return found.stem
  }
  // Plurals the dictionary does not make from a -t or -d participle: bemött → bemötta.
  return /[dt]a$/.test(part) ? simpleParticiple(lex, part.slice(0, -1)) : undefined
}

/**
 * The active present of a verb (skicka → skickar, kräva → kräver, köra → kör, ta → tar,
 * handlägga → handlägger), for suggesting the active sentence; undefined when the lexicon does not
 * know the verb's conjugation.
 */
export const activePresent = (lemma: string): string | undefined => {
  const lex = load()
  for (let split = 0; split <= lemma.length - 2; split++) {
    const first = lemma.slice(0, split)
    const rest = lemma.slice(split)
    const present = lex.presents.get(rest)
    if (present) return first + present
    const classes = lex.stems.get(rest)
    if (!classes) continue
    // Short verbs: tror, når. Second conjugation: kräver, but kör (stems in -ra). First: skickar.
    if (!rest.endsWith('a')) {
      if (classes.includes('M') || classes.includes('K')) return `${first}${rest}r`
      continue
    }
    if (classes.includes('K')) {
      return first + (rest.endsWith('ra') ? rest.slice(0, -1) : `${rest.slice(0, -1)}er`)
    }
    if (classes.includes('N')) return `${first}${rest}r`
  }
  return undefined
}
