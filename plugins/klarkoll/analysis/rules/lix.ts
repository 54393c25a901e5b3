import { defineRule } from '../rule'

export const lixRule = defineRule({
  area: 'klarsprak',
  // Under a few dozen words LIX swings widely (a three-word title can score 70), so it waits.
  check: ({ metrics }, { max, minWords }) =>
    metrics.lix !== null && metrics.words >= minWords && metrics.lix > max
      ? [
          {
            message: `Texten har LIX ${metrics.lix.toFixed(0)} (${metrics.lixBand}). Sikta på högst ${max}: skriv kortare meningar och byt långa ord mot kortare.`,
            path: '',
            suggestion: 'Dela långa meningar och byt sammansatta ord mot vardagliga ord.',
          },
        ]
      : [],
  defaultOptions: { max: 50, minWords: 30 },
  optionsSchema: { max: { max: 100, min: 10 }, minWords: { integer: true, min: 0 } },
  defaultSeverity: 'warning',
  id: 'klarsprak/lix',
  meta: {
    help: 'Läsbarhetsindex (LIX) ska vara högst {max} (räknas från {minWords} ord).',
    source: 'Björnsson 1968; lix.se',
    title: 'För högt LIX',
    titleEn: 'Readability index (LIX) too high',
  },
})
