import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { getStatement } from '../api'

export const metadata: Metadata = { title: 'Tillgänglighetsredogörelse' }

const statusWords = {
  delvis: 'delvis förenlig',
  helt: 'helt förenlig',
  inte: 'inte förenlig',
} as const

const date = (value: null | string) =>
  value
    ? new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(value),
      )
    : '–'

/** The tillgänglighetsredogörelse as an accessible page, from the same data as the JSON. */
const StatementPage = async () => {
  await connection()
  const statement = await getStatement()
  if (!statement) notFound()
  const sites = statement.websites.map((site) => site.name).join(', ')
  return (
    <article className="page statement">
      <h1>Tillgänglighet för {sites}</h1>
      <p className="ingress">
        {statement.organisation} står bakom den här webbplatsen. Vi vill att så många som möjligt
        ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet
        till digital offentlig service, kända brister och hur du kan rapportera problem.
      </p>
      <p>
        Redogörelsen gäller{' '}
        {statement.websites.map((site, index) => (
          <span key={site.url}>
            {index > 0 ? ', ' : ''}
            <a href={site.url}>{site.name}</a>
          </span>
        ))}
        .
      </p>

      <h2>Hur tillgänglig är webbplatsen?</h2>
      <p>
        <strong>Status: {statusWords[statement.complianceStatus]}.</strong>{' '}
        {statement.complianceText.sv}
      </p>

      <h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
      <p>
        Om du behöver innehåll från webbplatsen i en annan form, eller hittar brister som inte står
        här, kontakta oss:
      </p>
      <ul>
        {statement.feedback.email ? (
          <li>
            E-post: <a href={`mailto:${statement.feedback.email}`}>{statement.feedback.email}</a>
          </li>
        ) : null}
        {statement.feedback.phone ? <li>Telefon: {statement.feedback.phone}</li> : null}
        {statement.feedback.formUrl ? (
          <li>
            <a href={statement.feedback.formUrl}>Formulär för synpunkter på tillgängligheten</a>
          </li>
        ) : null}
      </ul>
      {statement.feedback.responseTime ? <p>{statement.feedback.responseTime}</p> : null}

      <h2>Tillsyn</h2>
      <p>
        {statement.enforcement.text} <a href={statement.enforcement.url}>Anmäl till Digg</a>.
      </p>

      <h2>Innehåll som inte är tillgängligt</h2>
      {statement.knownIssues.length === 0 ? (
        <p>Vi känner inte till några brister just nu.</p>
      ) : (
        <ul className="known-issues">
          {statement.knownIssues.map((issue) => (
            <li key={String(issue.id)}>
              <h3>{issue.summary}</h3>
              <p>{issue.description}</p>
              <dl>
                {issue.wcag ? (
                  <>
                    <dt>Krav som inte uppfylls</dt>
                    <dd>WCAG 2.1 {issue.wcag.label}</dd>
                  </>
                ) : null}
                {issue.situations.length > 0 ? (
                  <>
                    <dt>Berör</dt>
                    <dd>{issue.situations.map((s) => s.label).join(', ')}</dd>
                  </>
                ) : null}
                <dt>Status</dt>
                <dd>
                  {issue.statusLabel}
                  {issue.fixBy ? `, senast ${date(issue.fixBy)}` : ''}
                  {issue.reason ? `. ${issue.reason}` : ''}
                </dd>
                {issue.alternative ? (
                  <>
                    <dt>Så får du innehållet ändå</dt>
                    <dd>{issue.alternative}</dd>
                  </>
                ) : null}
                {issue.affects.length > 0 || issue.locations.length > 0 ? (
                  <>
                    <dt>Var</dt>
                    <dd>
                      <ul>
                        {issue.affects.map((item) => (
                          <li key={`${item.collection}-${item.id}`}>
                            {item.url ? <a href={item.url}>{item.title}</a> : item.title}
                          </li>
                        ))}
                        {issue.locations.map((location) => (
                          <li key={location}>{location}</li>
                        ))}
                      </ul>
                    </dd>
                  </>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
      )}

      {statement.exemptions.length > 0 ? (
        <>
          <h2>Undantaget innehåll</h2>
          <ul>
            {statement.exemptions.map((exemption) => (
              <li key={exemption.content}>
                <strong>{exemption.content}</strong> – {exemption.groundLabel}. {exemption.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Hur vi har testat webbplatsen</h2>
      <p>
        Metod: {statement.assessment.methodLabel ?? '–'}. Senaste bedömningen gjordes{' '}
        {date(statement.assessment.assessedAt)}.
      </p>
      {statement.assessment.description ? <p>{statement.assessment.description}</p> : null}
      <p>
        Vi bedömer webbplatsen mot {statement.law.standard}. Redogörelsen upprättades{' '}
        {date(statement.preparedAt)} och granskades senast {date(statement.reviewedAt)}.
      </p>
    </article>
  )
}

export default StatementPage
