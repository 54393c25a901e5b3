import { expect, test } from '@jest/globals'

import { analyze, extractLexical, type RuleSettings } from '@klarkoll/payload-plugin/analysis'

import { resolvePreset } from '../../plugins/klarkoll/presets'
import { lattlast } from '../../plugins/klarkoll/presets/lattlast'
import { languageMismatch } from '../../plugins/klarkoll/versions/languageCheck'
import { versionProfile } from '../../plugins/klarkoll/versions/profile'
import { seedPages } from '../../seed/pages'

const siteRules: RuleSettings = {
  ...resolvePreset('varmdo'),
  'klarsprak/lix': ['error', { max: 55 }],
}
const lattlastRules: RuleSettings = { ...siteRules, ...lattlast.rules }

const inputOf = (page: (typeof seedPages)[number], lang: string) => ({
  blocks: [
    { kind: 'heading' as const, lang, level: 1, path: 'title', text: page.title },
    ...(page.ingress
      ? [{ kind: 'paragraph' as const, lang, path: 'ingress', text: page.ingress }]
      : []),
    ...extractLexical(page.body, 'body', lang),
  ],
  ingress: page.ingress ? { path: 'ingress', text: page.ingress } : null,
  lang,
})

test('every seeded lättläst version passes the lättläst profile without an error', () => {
  const versions = seedPages.filter((page) => page.version?.language === 'lattlast')
  expect(versions).toHaveLength(3)
  for (const page of versions) {
    const profile = versionProfile(
      { languageVersion: { language: 'lattlast' } },
      { lattlastRules, siteRules },
    )
    const { findings, metrics } = analyze(inputOf(page, 'sv'), { rules: profile.rules })
    expect({ errors: findings.filter((f) => f.severity === 'error'), slug: page.slug }).toEqual({
      errors: [],
      slug: page.slug,
    })
    expect(metrics.lix).toBeLessThanOrEqual(30)
  }
})

test('the seeded Finnish versions get no Swedish rule and are recognised as Finnish', async () => {
  const finnish = seedPages.filter((page) => page.version?.language === 'fi')
  expect(finnish.map((p) => p.slug)).toEqual(['ota-yhteytta', 'kansalliset-vahemmistot'])
  for (const page of finnish) {
    const input = inputOf(page, 'fi')
    expect(
      analyze(input, { rules: siteRules }).findings.filter((f) => f.ruleId !== 'klarsprak/ingress'),
    ).toEqual([])
    expect(await languageMismatch(input, 'error')).toEqual([])
    // The same text said to be Swedish is flagged.
    const wrong = await languageMismatch({ ...input, lang: 'sv' }, 'error')
    expect(wrong.map((f) => f.message)).toEqual([
      expect.stringContaining('angiven som svenska, men texten ser ut att vara finska'),
    ])
  }
})
