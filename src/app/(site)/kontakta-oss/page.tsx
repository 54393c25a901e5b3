import type { Metadata } from 'next'

import { connection } from 'next/server'

import type { ContactDetail, OpeningHour } from '../api'

import { channelNames } from '../../../../collections/admin/rowLabelTexts'
import {
  channelLanguageOptions,
  premisesFeatures,
} from '../../../../collections/contactDetails/residentFields'
import { optionLabel } from '../../../../collections/eServices/options'
import { unitAnchor } from '../../../../lib/jsonLd/ids'
import { channelWords, describeResponseTime } from '../../../../lib/contact/responseTime'
import { jsonLd, publicApiUrl, topicVersions, units } from '../api'
import { LanguageVersions } from '../LanguageVersions'
import { JsonLd } from '../JsonLd'
import { OpeningHours } from './OpeningHours'

const feedUrl = publicApiUrl('/opening-hours/feed')

export const metadata: Metadata = {
  alternates: {
    types: { 'application/atom+xml': [{ title: 'Avvikande öppettider', url: feedUrl }] },
  },
  title: 'Kontakta oss',
}

type Channel = NonNullable<ContactDetail['channels']>[number]

const promise = (channel: Channel) =>
  'responseTime' in channel
    ? describeResponseTime(channel.responseTime, channelWords[channel.blockType])
    : undefined

const hoursOf = (channel: Channel): null | OpeningHour =>
  'openingHours' in channel && channel.openingHours && typeof channel.openingHours === 'object'
    ? channel.openingHours
    : null

/** The editor's label, unless it only repeats the kind ("Sms Sms:", "Chatt: Chatt"). */
const ownLabel = (channel: Channel): string => {
  const label = channel.label?.trim() ?? ''
  const kind = channelNames[channel.blockType]?.sv ?? ''
  return label.toLocaleLowerCase('sv') === kind.toLocaleLowerCase('sv') ? '' : label
}

/** "Du kan också använda finska och svenskt teckenspråk." — Swedish alone goes without saying. */
const languageWords = (codes: null | string[] | undefined): string => {
  const others = (codes ?? [])
    .filter((code) => code !== 'sv')
    .map((code) => optionLabel(channelLanguageOptions, code))
    // Language names are lower case in running Swedish text.
    .map((name) => name.toLocaleLowerCase('sv'))
  if (others.length === 0) return ''
  const list =
    others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} och ${others.at(-1)}`
  return `Du kan också använda ${list}.`
}

type Visit = Extract<Channel, { blockType: 'visit' }>

/** What the premises offer, in words a visitor reads before coming. */
const premisesWords = (premises: Visit['premises']): string => {
  const offered = premisesFeatures.filter((f) => premises?.[f.name]).map((f) => f.label.sv)
  const note = premises?.note?.replace(/[.!]\s*$/, '')
  const all = [...offered, note].filter(Boolean)
  return all.length > 0 ? `Tillgänglighet: ${all.join(' · ')}.` : ''
}

const ChannelItem = ({ channel }: { channel: Channel }) => {
  const own = ownLabel(channel)
  const label = own ? `${own}: ` : ''
  const words = promise(channel)
  let content: React.ReactNode = null
  switch (channel.blockType) {
    case 'chat':
      content = (
        <>
          Chatt: <a href={channel.url}>{own || 'Chatta med oss'}</a>
        </>
      )
      break
    case 'email':
      content = (
        <>
          E-post {label}
          <a href={`mailto:${channel.address}`}>{channel.address}</a>
        </>
      )
      break
    case 'feedback':
      content = (
        <>
          Synpunkter och klagomål: <a href={channel.url}>{own || 'Lämna en synpunkt'}</a>
        </>
      )
      break
    case 'phone':
      content = (
        <>
          Telefon {label}
          <a href={`tel:${channel.number}`}>{channel.display ?? channel.number}</a>
          {channel.callCharge === 'avgiftsfritt' ? ' (avgiftsfritt)' : ''}
          {channel.callCharge === 'sarskild' ? ' (särskild taxa)' : ''}
        </>
      )
      break
    case 'postal':
      content = (
        <>
          Postadress {label}
          {channel.street}, {channel.postalCode} {channel.city}
        </>
      )
      break
    case 'sms':
      content = (
        <>
          Sms {label}
          <a href={`sms:${channel.number}`}>{channel.display ?? channel.number}</a>
        </>
      )
      break
    case 'visit':
      content = (
        <>
          Besöksadress {label}
          {channel.street}, {channel.postalCode} {channel.city}
        </>
      )
      break
    case 'web':
      content = (
        <>
          Webbplats: <a href={channel.url}>{own || channel.url}</a>
        </>
      )
      break
  }
  // Sentences after the channel itself: the premises, the languages, the promise.
  const extras = [
    channel.blockType === 'visit' ? premisesWords(channel.premises) : '',
    'languages' in channel ? languageWords(channel.languages) : '',
    words ?? '',
  ].filter(Boolean)
  return (
    <li>
      {content}
      {extras.length > 0 ? <span className="promise">. {extras.join(' ')}</span> : null}
    </li>
  )
}

/** A temporary notice is shown from its start until its end, then disappears by itself. */
const noticeShown = (hours: OpeningHour, now = Date.now()) =>
  Boolean(hours.notice?.text) &&
  (!hours.notice?.from || new Date(hours.notice.from).getTime() <= now) &&
  (!hours.notice?.to || now < new Date(hours.notice.to).getTime())

/** Every unit with its channels, response-time promises and opening hours, from the API. */
const ContactPage = async () => {
  await connection()
  const [list, versions] = await Promise.all([units(), topicVersions('kontakta-oss')])
  const ld = await Promise.all(list.map((unit) => jsonLd('contact-details', unit.id)))
  const anchored = new Set<number | string>()
  return (
    <article className="page">
      {/* The page on the topic has lättläst and Finnish versions: reachable from here too. */}
      <LanguageVersions members={versions} />
      <h1>Kontakta oss</h1>
      <p className="ingress">
        Här hittar du alla sätt att nå oss: telefon, e-post, besök och post, och när vi har öppet.
      </p>
      <p>
        <a href={feedUrl} type="application/atom+xml">
          Prenumerera på avvikande öppettider och tillfälliga meddelanden (flöde för nyhetsläsare)
        </a>
      </p>
      {list.map((unit, index) => {
        const channels = unit.channels ?? []
        const schedules = [
          ...new Map(
            channels
              .map(hoursOf)
              .filter((h): h is OpeningHour => h !== null)
              .map((h) => [h.id, h]),
          ).values(),
        ]
        const headingId = unitAnchor(unit.id)
        return (
          <section aria-labelledby={headingId} className="unit" key={unit.id}>
            <h2 id={headingId}>{unit.name}</h2>
            {unit.areaServed ? <p className="area">Område: {unit.areaServed}</p> : null}
            {schedules.map((hours) =>
              noticeShown(hours) ? (
                <p className="notice" key={`notice-${hours.id}`} role="note">
                  {hours.notice?.text}
                </p>
              ) : null,
            )}
            <h3 className="visually-hidden">Kontaktvägar</h3>
            <ul className="channels">
              {channels.map((channel, i) => (
                <ChannelItem channel={channel} key={channel.id ?? i} />
              ))}
            </ul>
            {schedules.length > 0 ? <h3>Öppettider</h3> : null}
            {schedules.map((hours) => {
              // Two units may share a schedule (the same phone hours): the first carries its anchor.
              const anchor = !anchored.has(hours.id)
              anchored.add(hours.id)
              return (
                <OpeningHours
                  anchor={anchor}
                  hours={hours}
                  key={hours.id}
                  unitId={unit.id}
                  unitName={unit.name}
                />
              )
            })}
            <JsonLd json={ld[index] ?? null} />
          </section>
        )
      })}
    </article>
  )
}

export default ContactPage
