import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { type ParsedMail, simpleParser } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

import { doc, link, paragraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import { fixClock } from '../helpers/clock'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let owner: SignedIn
let smtp: SMTPServer
const inbox: ParsedMail[] = []

// The documents are written on 15 November 2026 and the run is "as of" 1 June 2027: opening hours
// (reviewed every 6 months) are then overdue, and midsommarafton (25 June) is within the 45-day
// window, whatever the machine's date.
fixClock('2026-11-15T09:00:00.000Z')
const asOf = '2027-06-01'
const plain = 'Du kan få hjälp av oss. Ring kontaktcenter. Vi svarar på vardagar.'

/** The address a mail went to. */
const recipient = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to])
    .flatMap((to) => to?.value ?? [])
    .map((v) => v.address)
    .join(', ')

const runJob = async () => {
  const before = inbox.length
  await t.payload.jobs.queue({
    input: { today: asOf } as never,
    queue: 'klarkoll',
    task: 'klarkollStaleness' as never,
  })
  await t.payload.jobs.run({ queue: 'klarkoll' })
  // Mail is delivered by the time sendEmail resolves; parsing takes a moment.
  await new Promise((resolve) => setTimeout(resolve, 200))
  return inbox.slice(before)
}

const publishPage = async (title: string, review: Record<string, unknown>) => {
  const res = await api.post('/pages', {
    body: {
      _status: 'published',
      body: doc(paragraph(plain)),
      ingress: 'Här får du veta hur det går till.',
      review,
      title,
    },
    token: owner.token,
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number }
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData: (stream, _session, callback) => {
      simpleParser(stream).then((mail) => {
        inbox.push(mail)
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const port = (smtp.server.address() as AddressInfo).port
  t = await startTestPayload({
    env: {
      KLARKOLL_WEBTEAM_EMAIL: 'webb@exempelkommun.se',
      SMTP_FROM: 'klarkoll@exempelkommun.se',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
    },
  })
  api = createApiClient(t.config)
  await signIn(t.payload, 'administrator')
  owner = await signIn(t.payload, 'webbredaktor')
})
afterAll(async () => {
  await t?.stop()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

describe('the nightly staleness run and its digests', () => {
  let overdue: { id: number }
  let expiring: { id: number }

  test('one digest per owner with every kind of item, and one to the web team', async () => {
    overdue = await publishPage('Parkeringstillstånd', { nextReviewAt: '2027-04-01T12:00:00.000Z' })
    await publishPage('Felanmälan gata', { nextReviewAt: '2027-06-10T12:00:00.000Z' })
    expiring = await publishPage('Sommarlovsaktiviteter 2027', {
      expiresAt: '2027-05-31T12:00:00.000Z',
      expiryAction: 'avpublicera',
    })
    // The page links to the file; saved as an import would be, so no link check is queued and the
    // stored result below stands.
    const linked = await t.payload.create({
      collection: 'pages',
      context: { seed: true },
      data: {
        _status: 'published',
        body: doc(
          paragraph(plain),
          paragraph(link('Taxan', 'https://gammal.exempelkommun.se/taxa.pdf')),
        ),
        contentOwner: owner.user.id,
        ingress: 'Här får du veta vad det kostar.',
        title: 'Avgifter',
      } as never,
    })
    await t.payload.create({
      collection: 'klarkoll-links' as never,
      data: {
        outcome: 'broken',
        reason: 'Sidan finns inte (404).',
        sources: [{ collection: 'pages', field: 'body', id: String(linked.id) }],
        url: 'https://gammal.exempelkommun.se/taxa.pdf',
      } as never,
    })
    await api.post('/opening-hours', {
      body: {
        _status: 'published',
        holidays: { closedOnEves: false, closedOnPublicHolidays: true },
        kind: 'besokstid',
        name: 'Biblioteket – besökstid',
        weekly: [{ days: ['1', '2', '3', '4', '5'], intervals: [{ from: '10:00', to: '18:00' }] }],
      },
      token: owner.token,
    })
    // Saved without a user (an import): nobody owns it, so the web team hears about it.
    await t.payload.create({
      collection: 'pages',
      context: { seed: true },
      data: {
        _status: 'published',
        body: doc(paragraph(plain)),
        ingress: 'Importerad.',
        title: 'Importerad sida',
      } as never,
    })

    const mails = await runJob()
    expect(mails.map(recipient).sort()).toEqual(['webb@exempelkommun.se', owner.user.email])
    const toOwner = mails.find((m) => recipient(m) === owner.user.email)!
    // Opening hours are reviewed every 6 months: created 15 November 2026, overdue on 1 June 2027.
    expect(toOwner.subject).toBe('Klarkoll: 6 saker att se över (2 granskningar försenade)')
    expect(toOwner.from?.text).toContain('klarkoll@exempelkommun.se')
    expect(toOwner.text).toContain('Försenade granskningar (2)')
    expect(toOwner.text).toContain(
      '- Parkeringstillstånd: Granskningen är försenad: innehållet skulle ha granskats 2027-04-01 (för 61 dagar sedan).',
    )
    expect(toOwner.text).toContain('Ska granskas inom kort (1)')
    expect(toOwner.text).toContain('Felanmälan gata: Nästa granskning 2027-06-10 (om 9 dagar).')
    expect(toOwner.text).toContain(
      'Sommarlovsaktiviteter 2027: Innehållet gick ut 2027-05-31. Uppdatera det och ändra eller ta bort slutdatumet innan du publicerar. Sidan avpublicerades nu.',
    )
    expect(toOwner.text).toContain(
      'Avgifter: Länken https://gammal.exempelkommun.se/taxa.pdf fungerar inte: Sidan finns inte (404). Rätta eller ta bort länken.',
    )
    expect(toOwner.text).toMatch(
      /Biblioteket – besökstid: Har ni öppet på midsommarafton 2027-06-25\?/,
    )
    expect(toOwner.text).toContain(`/admin/collections/pages/${overdue.id}`)
    expect(toOwner.html).toContain('<h2>Försenade granskningar (2)</h2>')

    const toTeam = mails.find(
      (m) => m.to && 'text' in m.to && m.to.text === 'webb@exempelkommun.se',
    )!
    expect(toTeam.text).toContain('Importerad sida: Innehållet saknar innehållsansvarig.')
    // Overdue more than 30 days: escalated.
    expect(toTeam.text).toContain(
      'Parkeringstillstånd: Granskningen är försenad: innehållet skulle ha granskats 2027-04-01',
    )
  })

  test('"avpublicera" took the expired page off the public site', async () => {
    expect((await api.get(`/pages/${expiring.id}`)).status).toBe(404)
  })

  test('running it again sends nothing; a review removes the item; something new is mailed', async () => {
    expect(await runJob()).toEqual([])
    const reviewed = await api.post('/klarkoll/review', {
      body: { collection: 'pages', id: overdue.id },
      token: owner.token,
    })
    expect(reviewed.status).toBe(200)
    expect(await runJob()).toEqual([])
    await publishPage('Bygglov', { nextReviewAt: '2027-05-20T12:00:00.000Z' })
    const [mail, ...more] = await runJob()
    expect(more.map(recipient)).not.toContain(owner.user.email)
    expect(mail!.text).toContain(
      'Bygglov: Granskningen är försenad: innehållet skulle ha granskats 2027-05-20 (för 12 dagar sedan).',
    )
    expect(mail!.text).not.toContain('Parkeringstillstånd')
  })
})
