import type { Metadata } from 'next'

import { connection } from 'next/server'

import { audienceOptions, topicOptions } from '../../../../collections/eServices/options'
import { eServices } from '../api'

export const metadata: Metadata = { title: 'E-tjänster' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (value: string | string[] | undefined, allowed: { value: string }[]) => {
  const v = Array.isArray(value) ? value[0] : value
  return v && allowed.some((o) => o.value === v) ? v : undefined
}

/** Every e-service, A–Ö, with a filter by topic and audience that works without JavaScript. */
const EServicesPage = async ({ searchParams }: Props) => {
  await connection()
  const params = await searchParams
  const topic = one(params.amne, topicOptions)
  const audience = one(params.for, audienceOptions)
  const list = await eServices({ audience, topic })
  return (
    <article className="page">
      <h1>E-tjänster</h1>
      <p className="ingress">Ansök, anmäl och boka hos kommunen när det passar dig.</p>
      <form action="/e-tjanster" className="filters" method="get" role="search">
        <label>
          Ämne
          <select defaultValue={topic ?? ''} name="amne">
            <option value="">Alla ämnen</option>
            {topicOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label.sv}
              </option>
            ))}
          </select>
        </label>
        <label>
          För
          <select defaultValue={audience ?? ''} name="for">
            <option value="">Alla</option>
            {audienceOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label.sv}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Visa</button>
      </form>
      <p aria-live="polite">
        {list.length === 1 ? '1 e-tjänst' : `${list.length} e-tjänster`}
        {topic || audience ? ' matchar ditt val' : ''}.
      </p>
      <ul className="e-services">
        {list.map((service) => (
          <li key={service.id}>
            <h2>
              <a href={`/e-tjanster/${service.slug}`}>{service.title}</a>
            </h2>
            <p>{service.shortDescription}</p>
          </li>
        ))}
      </ul>
    </article>
  )
}

export default EServicesPage
