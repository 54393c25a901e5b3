import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import type { ContactDetail } from '../../api'

import {
  alternativeChannelOptions,
  authenticationOptions,
  confirmationTimeOption,
  optionLabel,
} from '../../../../../collections/eServices/options'
import { describeProcessingTime } from '../../../../../lib/eServices/processingTime'
import { lexicalToHtml } from '@klarkoll/payload-plugin'
import { eServiceBySlug, jsonLd } from '../../api'
import { JsonLd } from '../../JsonLd'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const service = await eServiceBySlug((await params).slug)
  return { title: service?.title ?? 'E-tjänsten finns inte' }
}

const kronor = new Intl.NumberFormat('sv-SE', {
  currency: 'SEK',
  maximumFractionDigits: 0,
  style: 'currency',
})

/**
 * One e-service: what it is for, what you need, how you log in, what it costs, how long it
 * takes and what happens next — and a clear button to start it.
 */
const EServicePage = async ({ params }: Props) => {
  await connection()
  const service = await eServiceBySlug((await params).slug)
  if (!service) notFound()
  const [ld, steps] = await Promise.all([
    jsonLd('e-services', service.id),
    service.steps ? lexicalToHtml(service.steps) : Promise.resolve(''),
  ])
  const login = service.authentication.map((a) => optionLabel(authenticationOptions, a))
  // The editor's own sentence as it is; a bare duration in a sentence of ours.
  const ownTime = service.processingTime?.text?.trim()
  const durationWords = describeProcessingTime(service.processingTime?.duration)
  const confirmationWithin = confirmationTimeOption(service.afterApplying?.confirmationTime)?.words
  const time = ownTime || (durationWords ? `Det tar ungefär ${durationWords}.` : '')
  const unit = typeof service.responsibleUnit === 'object' ? service.responsibleUnit : null
  const support =
    service.supportContact && typeof service.supportContact === 'object'
      ? (service.supportContact as ContactDetail)
      : null
  const phone = support?.channels?.find((c) => c.blockType === 'phone')
  const costNote = service.cost?.note?.trim()
  const cost = service.cost?.free
    ? 'Det kostar ingenting.'
    : service.cost?.amount
      ? [`Det kostar ${kronor.format(service.cost.amount)}.`, costNote].filter(Boolean).join(' ')
      : costNote
  return (
    <article className="page e-service">
      <h1>{service.title}</h1>
      <p className="ingress">{service.shortDescription}</p>
      {service.serviceStatus === 'underhall' ? (
        <p className="notice" role="note">
          E-tjänsten har underhåll just nu. Försök igen senare eller kontakta oss.
        </p>
      ) : null}
      <p>
        <a className="start-button" href={service.url}>
          Starta e-tjänsten<span className="visually-hidden">: {service.title}</span>
        </a>
      </p>
      {service.whatToHaveReady?.length ? (
        <section aria-labelledby="ha-till-hands">
          <h2 id="ha-till-hands">Det här behöver du</h2>
          <ul>
            {service.whatToHaveReady.map((row) => (
              <li key={row.id ?? row.item}>{row.item}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="inloggning">
        <h2 id="inloggning">Inloggning</h2>
        <p>
          {login.includes('Ingen inloggning')
            ? 'Du behöver inte logga in.'
            : `Du loggar in med ${login.join(' eller ')}.`}
          {service.signatureRequired ? ' Du skriver under ansökan med din e-legitimation.' : ''}
        </p>
      </section>
      {steps ? (
        <section aria-labelledby="sa-gar-det-till">
          <h2 id="sa-gar-det-till">Så går det till</h2>
          <div dangerouslySetInnerHTML={{ __html: steps }} />
        </section>
      ) : null}
      {cost ? (
        <section aria-labelledby="kostnad">
          <h2 id="kostnad">Kostnad</h2>
          <p>{cost}</p>
        </section>
      ) : null}
      {time ? (
        <section aria-labelledby="handlaggningstid">
          <h2 id="handlaggningstid">Handläggningstid</h2>
          <p>{time}</p>
        </section>
      ) : null}
      {service.afterApplying ? (
        <section aria-labelledby="efter">
          <h2 id="efter">Efter att du har skickat in</h2>
          {confirmationWithin ? <p>Du får en bekräftelse {confirmationWithin}.</p> : null}
          {service.afterApplying.confirmation ? <p>{service.afterApplying.confirmation}</p> : null}
          {service.afterApplying.handledBy ? (
            <p>Handläggs av: {service.afterApplying.handledBy}</p>
          ) : null}
          {service.afterApplying.decision ? <p>{service.afterApplying.decision}</p> : null}
          {service.appeal ? <p>{service.appeal}</p> : null}
        </section>
      ) : null}
      {service.alternativeChannels?.length ? (
        <section aria-labelledby="andra-satt">
          <h2 id="andra-satt">Andra sätt att ansöka</h2>
          <ul>
            {service.alternativeChannels.map((alt) => (
              <li key={alt.id ?? alt.kind}>
                {optionLabel(alternativeChannelOptions, alt.kind)}: {alt.description}
                {alt.url ? (
                  <>
                    {' '}
                    <a href={alt.url}>
                      Läs mer om {optionLabel(alternativeChannelOptions, alt.kind).toLowerCase()}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="hjalp">
        <h2 id="hjalp">Hjälp</h2>
        <p>
          {unit ? `${unit.name} handlägger ärendet. ` : ''}
          {phone && phone.blockType === 'phone' ? (
            <>
              Behöver du hjälp, ring {support?.name}:{' '}
              <a href={`tel:${phone.number}`}>{phone.display ?? phone.number}</a>.
            </>
          ) : (
            <a href="/kontakta-oss">Kontakta oss</a>
          )}
        </p>
      </section>
      <JsonLd json={ld} />
    </article>
  )
}

export default EServicePage
