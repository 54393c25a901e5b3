import { expect, test } from '@jest/globals'

import type { AnalysisInput } from '../analysis/types'

import { languageMismatch } from './languageCheck'

const swedish =
  'Kommunen ansvarar för förskola, skola och äldreomsorg. Vi sköter också vatten och avlopp, sophämtning och bygglov. Du kan ringa kontaktcenter på vardagar om du har frågor om kommunens service. Vi svarar på e-post inom två arbetsdagar.'
const finnish =
  'Kunta vastaa varhaiskasvatuksesta, koulusta ja vanhustenhuollosta. Hoidamme myös vesihuollon ja jätehuollon. Voit soittaa asiakaspalveluun arkisin, jos sinulla on kysyttävää kunnan palveluista. Vastaamme sähköpostiin kahden työpäivän kuluessa.'
const input = (text: string, lang: string): AnalysisInput => ({
  blocks: [{ kind: 'paragraph', lang, path: 'body', text }],
  lang,
})

test('text in the declared language passes', async () => {
  expect(await languageMismatch(input(swedish, 'sv'), 'error')).toEqual([])
  expect(await languageMismatch(input(finnish, 'fi'), 'error')).toEqual([])
})

test('a "Finnish" page in Swedish, and a Swedish page in Finnish, are found', async () => {
  const [wrong] = await languageMismatch(input(swedish, 'fi'), 'error')
  expect(wrong).toMatchObject({
    message: expect.stringMatching(
      /^Sidan är angiven som finska, men texten ser ut att vara svenska\./,
    ),
    ruleId: 'a11y/page-language',
    severity: 'error',
    wcag: '3.1.1',
  })
  expect((await languageMismatch(input(finnish, 'sv'), 'warning'))[0]?.severity).toBe('warning')
})

test('a language franc does not know fails only on clearly Swedish text', async () => {
  // Meänkieli is close to Finnish: Finnish-looking text is no finding.
  expect(await languageMismatch(input(finnish, 'fit'), 'error')).toEqual([])
  expect((await languageMismatch(input(swedish, 'fit'), 'error'))[0]?.message).toContain(
    'angiven som meänkieli, men texten ser ut att vara svenska',
  )
})

test('too little text is no finding', async () => {
  expect(await languageMismatch(input('Hej och välkommen.', 'fi'), 'error')).toEqual([])
})
