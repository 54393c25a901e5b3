import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { failedScheduledPublishes } from '../../plugins/klarkoll/scheduled'
import { doc, paragraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn

const hard =
  'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga erforderliga handlingar inkommer till byggnadsnämnden i god tid innan åtgärden påbörjas. Ansökningshandlingarna ska i förekommande fall kompletteras med konstruktionsritningar, situationsplan och nybyggnadskarta, varefter byggnadsnämndens handläggare genomför en fullständighetsprövning av ärendet.'
const plain =
  'Vi har öppet varje vardag. Du kan ringa oss eller skicka e-post. Vi svarar inom två dagar. Du kan också komma hit. Vi hjälper dig gärna med dina frågor. Ta med legitimation när du kommer.'

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  editor = await signIn(t.payload, 'webbredaktor')
})
afterAll(async () => {
  await t?.stop()
})

/** What the admin's "Schemalägg publicering" does, then the job runner coming round. */
const scheduleAndRun = async (id: number | string) => {
  await t.payload.jobs.queue({
    input: {
      doc: { relationTo: 'pages', value: String(id) },
      type: 'publish',
      user: { relationTo: 'users', value: editor.id },
    },
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() - 1000),
  } as never)
  await t.payload.jobs.run()
}

test('a scheduled publish runs through the gate: a passing page is published', async () => {
  const draft = await api.post('/pages?draft=true', {
    body: { body: doc(paragraph(plain)), title: 'Schemalagd och klar' },
    token: editor.token,
  })
  await scheduleAndRun(draft.body.doc.id)
  expect((await api.get(`/pages/${draft.body.doc.id}`)).status).toBe(200)
})

test('a blocked scheduled publish is not silent: the document and the dashboard can tell', async () => {
  const draft = await api.post('/pages?draft=true', {
    body: { body: doc(paragraph(hard)), title: 'Schemalagd men stoppad' },
    token: editor.token,
  })
  const id = draft.body.doc.id
  await scheduleAndRun(id)
  expect((await api.get(`/pages/${id}`)).status).toBe(404)

  const failures = await failedScheduledPublishes(t.payload, { collection: 'pages', id })
  expect(failures).toEqual([
    expect.objectContaining({
      collection: 'pages',
      id: String(id),
      message: expect.stringMatching(/Brödtext|body/),
    }),
  ])
  const res = await api.get(`/klarkoll/scheduled-failures?collection=pages&id=${id}`, {
    token: editor.token,
  })
  expect(res.body.failures).toHaveLength(1)
  expect((await api.get(`/klarkoll/scheduled-failures`)).status).toBe(401)
})
