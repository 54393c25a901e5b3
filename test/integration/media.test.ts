import { afterAll, beforeAll, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let png: Buffer

beforeAll(async () => {
  t = await startTestPayload()
  png = await sharp({
    create: { background: '#2a6ebb', channels: 3, height: 600, width: 1200 },
  })
    .png()
    .toBuffer()
})
afterAll(async () => {
  await t?.stop()
})

const file = (name: string) => ({ data: png, mimetype: 'image/png', name, size: png.length })

test('an image with alt text is stored with its resized versions (sharp works)', async () => {
  const media = await t.payload.create({
    collection: 'media',
    data: { alt: 'Kommunhuset i vinterljus' },
    file: file('kommunhuset.png'),
  })
  expect(media.alt).toBe('Kommunhuset i vinterljus')
  expect(media.width).toBe(1200)
  expect(media.sizes?.thumbnail?.width).toBe(400)
  expect(media.sizes?.card?.width).toBe(768)
  expect(fs.existsSync(path.join(t.database.mediaDir, media.sizes!.thumbnail!.filename!))).toBe(
    true,
  )
})

test('an image without alt text is refused with a Swedish message on the alt field', async () => {
  const attempt = t.payload.create({ collection: 'media', data: {}, file: file('utan-alt.png') })
  await expect(attempt).rejects.toMatchObject({
    data: {
      errors: [
        expect.objectContaining({
          message: expect.stringMatching(/^Alternativtext: skriv vad bilden visar/),
          path: 'alt',
        }),
      ],
    },
    status: 400,
  })
  const { totalDocs } = await t.payload.count({
    collection: 'media',
    where: { filename: { like: 'utan-alt' } },
  })
  expect(totalDocs).toBe(0)
})

test('a decorative image needs no alt text', async () => {
  const media = await t.payload.create({
    collection: 'media',
    data: { decorative: true },
    file: file('monster.png'),
  })
  expect(media.decorative).toBe(true)
})

test('anyone can read media; anonymous uploads are refused', async () => {
  const list = await t.payload.find({ collection: 'media', overrideAccess: false })
  expect(list.totalDocs).toBeGreaterThan(0)
  const anonymous = t.payload.create({
    collection: 'media',
    data: { alt: 'x' },
    file: file('anon.png'),
    overrideAccess: false,
  })
  await expect(anonymous).rejects.toMatchObject({ status: 403 })
})
