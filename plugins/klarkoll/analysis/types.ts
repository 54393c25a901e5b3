/** What a block of text is in its document; the extractor keeps it so rules can tell them apart. */
export type BlockKind =
  'alt' | 'heading' | 'linkText' | 'listItem' | 'paragraph' | 'quote' | 'tableCell'

export type Block = {
  kind: BlockKind
  /** Document language of the block, e.g. 'sv' or 'en'. @default 'sv' */
  lang?: string
  /** Heading level 1–6, for headings. */
  level?: number
  /** Where the block starts in its source field, for plain text fields split into blocks. */
  offset?: number
  /** Where the text comes from: field name and Lexical node path, e.g. `body.root.children.3`. */
  path: string
  text: string
}

export type AnalysisInput = {
  blocks: Block[]
  /**
   * The document's ingress (introduction). `undefined`: the document type has none, so the
   * ingress rule does not apply; `null` or blank text: it is missing.
   */
  ingress?: { path: string; text: string } | null
  /** Language of the whole document. @default 'sv' */
  lang?: string
}

export type Severity = 'error' | 'info' | 'warning'

export type Area = 'a11y' | 'klarsprak' | 'policy' | 'staleness'

export type Finding = {
  area: Area
  /** The words found, as they stand in the text. */
  excerpt?: string
  message: string
  /** Block path, or '' for the whole document. */
  path: string
  /**
   * Character offsets, end exclusive: in the node's text for rich text, in the whole field for
   * plain text (a block's `offset` added), so the admin can mark the words where they stand.
   */
  range?: { end: number; start: number }
  ruleId: string
  severity: Severity
  /**
   * Words that can take the range's place as they stand (krångelord, abbreviations): the admin
   * offers them as one click. Absent where the suggestion is advice rather than a replacement.
   */
  replacement?: string
  /** What to write instead. */
  suggestion?: string
  /** WCAG success criterion, for accessibility findings. */
  wcag?: string
}

export type LixBand = 'lätt' | 'medelsvår' | 'mycket lätt' | 'mycket svår' | 'svår'

export type Metrics = {
  avgSentenceLength: number
  avgWordLength: number
  extraLongWords: number
  /** Flesch Reading Ease of the English blocks (text-statistics), when there are any. */
  fleschReadingEase: null | number
  headings: number
  hasIngress: boolean | null
  lix: null | number
  lixBand: LixBand | null
  longSentenceShare: number
  longWords: number
  /** Nominalisations (-ning, -het, -else, -tion, -itet …) per 100 words. */
  nominalisationDensity: number
  /** Word variation; null when undefined (every word unique, or fewer than two words). */
  ovix: null | number
  paragraphs: number
  passiveShare: number
  rix: null | number
  /** Paragraphs per heading; null without headings. */
  rubrikkvot: null | number
  sentenceLengths: { '1-10': number; '11-20': number; '21-30': number; '31+': number }
  sentences: number
  /** Sentences per paragraph; null without paragraphs. */
  styckekvot: null | number
  words: number
}

export type AnalysisResult = {
  findings: Finding[]
  metrics: Metrics
}
