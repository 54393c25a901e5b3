import { afterAll, beforeAll, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { doc, heading, link, paragraph } from '../../seed/lexical'
import { analyzeUntilReady, createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn
let png: Buffer

const plain =
  'Du kan lämna grovavfall på återvinningscentralen. Den har öppet varje lördag. Ta med legitimation. Du behöver inte boka tid. Personalen hjälper dig att sortera.'

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  editor = await signIn(t.payload, 'webbredaktor')
  png = await sharp({ create: { background: '#2a6ebb', channels: 3, height: 60, width: 120 } })
    .png()
    .toBuffer()
})
afterAll(async () => {
  await t?.stop()
})

// An image uploaded before the checks were on (the media rules would refuse it today).
const image = (alt: string, name: string) =>
  t.payload.create({
    collection: 'media',
    context: { klarkoll: 'skip' },
    data: { alt },
    file: { data: png, mimetype: 'image/png', name, size: png.length },
  })

const uploadNode = (id: number | string) => ({
  fields: {},
  format: '',
  relationTo: 'media',
  type: 'upload',
  value: id,
  version: 3,
})

test('an image whose alt text is only a file name blocks publishing, on the body', async () => {
  const media = await image('DSC_0042.JPG', 'dsc.png')
  const body = doc(heading('h2', 'Återvinning'), paragraph(plain))
  ;(body.root.children as unknown[]).push(uploadNode(media.id))
  const res = await api.post('/pages', {
    body: { _status: 'published', body, title: 'Återvinningscentralen' },
    token: editor.token,
  })
  expect(res.status).toBe(400)
  expect(res.body.errors[0].data.errors).toEqual([
    expect.objectContaining({
      message:
        'Alternativtexten "DSC_0042.JPG" är ett filnamn. Beskriv i stället vad bilden visar.',
      path: 'body',
    }),
  ])
})

test('a "Läs mer" link warns but does not block; the finding carries its WCAG criterion', async () => {
  const media = await image('Container för grovavfall', 'container.png')
  const body = doc(
    heading('h2', 'Återvinning'),
    paragraph(plain, ' ', link('Läs mer', 'https://www.exempelkommun.se/avfall')),
  )
  ;(body.root.children as unknown[]).push(uploadNode(media.id))
  const res = await api.post('/pages', {
    body: { _status: 'published', body, title: 'Grovavfall' },
    token: editor.token,
  })
  expect(res.status).toBe(201)
  expect(res.body.doc.klarkoll.report.findings).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        area: 'a11y',
        excerpt: 'Läs mer',
        field: 'body',
        ruleId: 'a11y/link-text',
        severity: 'warning',
        wcag: '2.4.4',
      }),
    ]),
  )
  expect(res.body.doc.klarkoll.report.countsByArea.a11y).toBeGreaterThan(0)
})

test('POST /api/klarkoll/analyze runs the accessibility checks on HTML and Lexical', async () => {
  const html = await analyzeUntilReady(
    api,
    {
      html: '<h2>Bygglov</h2><p>Ansök här.</p><img src="/a.jpg"><table><tr><td>1</td><td>2</td></tr></table>',
    },
    editor.token,
  )
  expect(html.status).toBe(200)
  expect(
    html.body.findings
      .filter((f: { area: string }) => f.area === 'a11y')
      .map((f: { ruleId: string }) => f.ruleId),
  ).toEqual(expect.arrayContaining(['a11y/image-alt', 'a11y/table-headers']))
  expect(html.body.status).toBe('blocked')
  const lexical = await analyzeUntilReady(
    api,
    { lexical: doc(paragraph('Ladda ner ', link('här', '/taxa.pdf'))) },
    editor.token,
  )
  expect(lexical.body.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
    expect.arrayContaining(['a11y/link-text', 'a11y/document-link']),
  )
})

test('the image rules run on the media document too: a file name as alt text is refused', async () => {
  const attempt = t.payload.create({
    collection: 'media',
    data: { alt: 'IMG_2231.jpg' },
    file: { data: png, mimetype: 'image/png', name: 'img.png', size: png.length },
  })
  await expect(attempt).rejects.toMatchObject({
    data: {
      errors: [
        expect.objectContaining({ message: expect.stringMatching(/är ett filnamn/), path: 'alt' }),
      ],
    },
  })
  const decorative = await t.payload.create({
    collection: 'media',
    data: { decorative: true },
    file: { data: png, mimetype: 'image/png', name: 'linje.png', size: png.length },
  })
  expect(decorative.klarkoll?.status).toBe('ok')
})
