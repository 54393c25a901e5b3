import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { doc, paragraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import {
  type Api,
  finnishText as finnish,
  messagesOf,
  publishPage as publish,
  swedishText as swedish,
} from '../helpers/languageVersions'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

describe('a municipality that asks for a decision on each version', () => {
  let t: TestPayload
  let api: Api
  let editor: SignedIn

  beforeAll(async () => {
    t = await startTestPayload({ env: { KLARKOLL_ORIGINAL_CHANGE: 'decide' } })
    api = createApiClient(t.config)
    await signIn(t.payload, 'administrator')
    editor = await signIn(t.payload, 'webbredaktor')
  })
  afterAll(async () => {
    await t?.stop()
  })

  const family = async () => {
    const original = await publish(api, editor.token, {
      body: swedish,
      ingress: 'Här kan du läsa om vad kommunen gör.',
      slug: `original-${Date.now()}`,
      title: 'Om kommunen',
    })
    const fi = await publish(api, editor.token, {
      body: finnish,
      ingress: 'Täältä voit lukea, mitä kunta tekee.',
      languageVersion: { language: 'fi', original: original.body.doc.id },
      slug: `versio-${Date.now()}`,
      title: 'Tietoa kunnasta',
    })
    return { fi: fi.body.doc.id as number, original: original.body.doc.id as number }
  }
  const changedText = doc(paragraph('Kommunen har nu också en kulturskola för alla barn och unga.'))

  test('a changed original without a decision is refused, naming the version, and its text is kept', async () => {
    const { fi, original } = await family()
    const refused = await api.patch(`/pages/${original}`, {
      body: { _status: 'published', body: changedText },
      token: editor.token,
    })
    expect(refused.status).toBe(400)
    expect(messagesOf(refused.body)).toContain(
      'Texten har ändrats och sidan har versioner som bygger på den gamla texten: Den finska versionen ”Tietoa kunnasta”.',
    )
    const draft = await t.payload.findByID({
      collection: 'pages',
      depth: 0,
      draft: true,
      id: original,
    })
    expect(JSON.stringify(draft.body)).toContain('kulturskola för alla barn och unga')
    // The published page still has the old text, and the version is still public.
    const published = await t.payload.findByID({ collection: 'pages', depth: 0, id: original })
    expect(JSON.stringify(published.body)).not.toContain('kulturskola')
    expect((await api.get(`/pages/${fi}`)).status).toBe(200)
    // A change of something else than the text needs no decision.
    const retitled = await api.patch(`/pages/${original}`, {
      body: { _status: 'published', body: swedish, slug: `nytt-${original}` },
      token: editor.token,
    })
    expect(retitled.status).toBe(200)
  })

  test('"avpubliceras" takes the version off the public site; "gäller fortfarande" keeps it in line', async () => {
    const first = await family()
    const unpublished = await api.patch(`/pages/${first.original}`, {
      body: {
        _status: 'published',
        body: changedText,
        languageVersion: { decisions: { [first.fi]: 'unpublish' } },
      },
      token: editor.token,
    })
    expect(unpublished.status).toBe(200)
    expect((await api.get(`/pages/${first.fi}`)).status).toBe(404)

    const second = await family()
    const kept = await api.patch(`/pages/${second.original}`, {
      body: {
        _status: 'published',
        body: changedText,
        languageVersion: { decisions: { [second.fi]: 'still-valid' } },
      },
      token: editor.token,
    })
    expect(kept.status).toBe(200)
    expect((await api.get(`/pages/${second.fi}`)).status).toBe(200)
    const check = await api.post('/klarkoll/check', {
      body: { collection: 'pages', data: {}, id: second.fi },
      token: editor.token,
    })
    expect(check.body.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'stale/version-behind',
    )
    const review = await api.get(`/klarkoll/review?collection=pages&id=${second.fi}`, {
      token: editor.token,
    })
    expect(JSON.stringify(review.body)).toContain(
      'Gäller fortfarande efter ändringen av originalet',
    )

    const third = await family()
    const later = await api.patch(`/pages/${third.original}`, {
      body: {
        _status: 'published',
        body: changedText,
        languageVersion: { decisions: { [third.fi]: 'update' } },
      },
      token: editor.token,
    })
    expect(later.status).toBe(200)
    const behind = await api.post('/klarkoll/check', {
      body: { collection: 'pages', data: {}, id: third.fi },
      token: editor.token,
    })
    expect(behind.body.findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'stale/version-behind',
    )
  })
})
