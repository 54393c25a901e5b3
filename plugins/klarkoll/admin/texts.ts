import { klarkollTranslations } from './translations'

// Words with values are functions below; the rest are looked up once.
const withValues = [
  'publishedWithWarnings',
  'replace',
  'scheduledFailed',
  'summaryBlocked',
  'summaryTips',
  'summaryWarnings',
  'verdictErrors',
  'verdictLix',
  'verdictWarnings',
] as const
type WithValues = (typeof withValues)[number]
type Key = Exclude<
  keyof (typeof klarkollTranslations)['sv']['klarkoll'],
  `${string}_one` | `${string}_other` | WithValues
>
type Translate = (key: string, vars?: Record<string, number | string>) => string

/** The panel's words in the editor's admin language, from `config.i18n` (klarkoll's own merged in). */
export const panelTexts = (i18n: { t: unknown }) => {
  const t = i18n.t as Translate
  const text = (key: Key | WithValues, vars?: Record<string, number | string>) =>
    t(`klarkoll:${key}`, vars)
  const words = Object.fromEntries(
    (Object.keys(klarkollTranslations.sv.klarkoll) as Key[])
      .filter((key) => !key.includes('_') && !(withValues as readonly string[]).includes(key))
      .map((key) => [key, text(key)]),
  ) as Record<Key, string>
  return {
    ...words,
    publishedWithWarnings: (count: number, areas: string) =>
      text('publishedWithWarnings', { areas, count }),
    replace: (replacement: string) => text('replace', { text: replacement }),
    scheduledFailed: (at: string, why: string) => text('scheduledFailed', { at, why }),
    summaryBlocked: (count: number) => text('summaryBlocked', { count }),
    summaryTips: (count: number) => text('summaryTips', { count }),
    summaryWarnings: (count: number) => text('summaryWarnings', { count }),
    verdictErrors: (count: number) => text('verdictErrors', { count }),
    verdictLix: (lix: string) => text('verdictLix', { lix }),
    verdictWarnings: (count: number) => text('verdictWarnings', { count }),
  }
}

export type PanelTexts = ReturnType<typeof panelTexts>

/** The word a finding is marked with in the panel and in the tooltip. */
export const badgeOf = (severity: 'error' | 'info' | 'warning', t: PanelTexts): string =>
  severity === 'error' ? t.blocks : severity === 'warning' ? t.warning : t.info
