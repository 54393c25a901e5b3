/**
 * The parts of a tillgänglighetsredogörelse in Digg's model (and the EU's model statement,
 * 2018/1523), in their order: the page renders them, and the end-to-end test compares the
 * rendered page with this list.
 */
export const statementParts = [
  'Hur tillgänglig är webbplatsen?',
  'Vad kan du göra om du inte kan använda delar av webbplatsen?',
  'Rapportera brister i webbplatsens tillgänglighet',
  'Tillsyn',
  'Teknisk information om webbplatsens tillgänglighet',
  'Innehåll som inte är tillgängligt',
  'Hur vi testat webbplatsen',
] as const

export type StatementPart = (typeof statementParts)[number]
