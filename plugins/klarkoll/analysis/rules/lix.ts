import { defineRule } from '../rule'

export const lixRule = defineRule({
  area: 'klarsprak',
  check: ({ metrics }, { max }) =>
    metrics.lix !== null && metrics.lix > max
      ? [
          {
            message: `Texten har LIX ${metrics.lix.toFixed(0)} (${metrics.lixBand}). Sikta på högst ${max}: skriv kortare meningar och byt långa ord mot kortare.`,
            path: '',
            suggestion: 'Dela långa meningar och byt sammansatta ord mot vardagliga ord.',
          },
        ]
      : [],
  defaultOptions: { max: 50 },
  defaultSeverity: 'warning',
  id: 'klarsprak/lix',
  meta: {
    help: 'Läsbarhetsindex (LIX) ska vara högst {max}.',
    source: 'Björnsson 1968; lix.se',
    title: 'För högt LIX',
    titleEn: 'Readability index (LIX) too high',
  },
})
