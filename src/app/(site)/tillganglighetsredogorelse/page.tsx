import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import type { StatementPart } from './parts'

import { checkPhone } from '../../../../lib/contact/validators'
import { getStatement } from '../api'
import { KnownIssueItem } from './KnownIssueItem'
import { statementDate } from './statementDate'

export const metadata: Metadata = { title: 'Tillgänglighetsredogörelse' }

// Digg's wording: the short answer here, the legal status under "Teknisk information".
const howAccessible = {
  delvis:
    'Vi vet att delar av webbplatsen inte är helt tillgängliga. Läs mer under ”Innehåll som inte är tillgängligt” nedan.',
  helt: 'Vi känner inte till några brister i webbplatsens tillgänglighet.',
  inte: 'Vi vet att stora delar av webbplatsen inte är tillgängliga. Läs mer under ”Innehåll som inte är tillgängligt” nedan.',
} as const

// A heading is one of the parts in the list the end-to-end test reads (the type sees to it).
const Part = ({ part }: { part: StatementPart }) => <h2>{part}</h2>

/** A phone number residents can call from the page, as on Kontakta oss. */
const PhoneLink = ({ number }: { number: string }) => {
  const checked = checkPhone(number)
  return checked.ok && checked.e164 ? <a href={`tel:${checked.e164}`}>{number}</a> : <>{number}</>
}

/**
 * The tillgänglighetsredogörelse as an accessible page in Digg's model, from the same data as
 * the JSON.
 */
const StatementPage = async () => {
  await connection()
  const statement = await getStatement()
  if (!statement) notFound()
  const sites = statement.websites.map((site) => site.name).join(', ')
  const { email, formUrl, phone, responseTime } = statement.feedback
  const contact = (
    <ul>
      {email ? (
        <li>
          E-post: <a href={`mailto:${email}`}>{email}</a>
        </li>
      ) : null}
      {phone ? (
        <li>
          Telefon: <PhoneLink number={phone} />
        </li>
      ) : null}
    </ul>
  )
  const anything = statement.issueGroups.some(
    (group) => group.issues.length > 0 || group.exemptions.length > 0,
  )
  return (
    <article className="page statement">
      <h1>Tillgänglighet för {sites}</h1>
      <p className="ingress">
        {statement.organisation} står bakom den här webbplatsen. Vi vill att så många som möjligt
        ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet
        till digital offentlig service, kända brister och hur du kan rapportera problem så att vi
        kan åtgärda dem.
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

      <Part part="Hur tillgänglig är webbplatsen?" />
      <p>{howAccessible[statement.complianceStatus]}</p>

      <Part part="Vad kan du göra om du inte kan använda delar av webbplatsen?" />
      <p>Om du behöver innehåll från webbplatsen i en annan form kan du kontakta oss:</p>
      {contact}
      {responseTime ? <p>{responseTime}</p> : null}

      <Part part="Rapportera brister i webbplatsens tillgänglighet" />
      <p>
        Vi vill hela tiden göra webbplatsen mer tillgänglig. Om du hittar problem som inte står på
        den här sidan, eller om du tycker att vi inte uppfyller lagens krav, berätta det för oss så
        att vi får veta att problemet finns.
      </p>
      {formUrl ? (
        <p>
          <a href={formUrl}>Rapportera en brist i formuläret för tillgänglighet</a>
        </p>
      ) : (
        contact
      )}

      <Part part="Tillsyn" />
      <p>
        {statement.enforcement.text} Använd{' '}
        <a href={statement.enforcement.url}>Diggs formulär för anmälan</a>.
      </p>

      <Part part="Teknisk information om webbplatsens tillgänglighet" />
      <p>
        {statement.complianceText.sv} Vi bedömer den mot {statement.law.standard}.
      </p>

      <Part part="Innehåll som inte är tillgängligt" />
      {anything ? (
        <p>Det innehåll som beskrivs nedan är på ett eller annat sätt inte helt tillgängligt.</p>
      ) : (
        <p>Vi känner inte till några brister just nu.</p>
      )}
      {statement.issueGroups.map((group) =>
        group.issues.length === 0 && group.exemptions.length === 0 ? null : (
          <section aria-labelledby={`grupp-${group.key}`} key={group.key}>
            <h3 id={`grupp-${group.key}`}>{group.heading}</h3>
            {group.issues.length > 0 ? (
              <ul className="known-issues">
                {group.issues.map((issue) => (
                  <KnownIssueItem issue={issue} key={String(issue.id)} />
                ))}
              </ul>
            ) : null}
            {group.exemptions.length > 0 ? (
              <ul className="known-issues">
                {group.exemptions.map((exemption) => (
                  <li key={exemption.content}>
                    <h4>{exemption.content}</h4>
                    <dl>
                      <dt>Skäl</dt>
                      <dd>{exemption.reason}</dd>
                    </dl>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ),
      )}

      <Part part="Hur vi testat webbplatsen" />
      <p>
        Metod: {statement.assessment.methodLabel ?? '–'}. Senaste bedömningen gjordes den{' '}
        {statementDate(statement.assessment.assessedAt)}.
      </p>
      {statement.assessment.description ? <p>{statement.assessment.description}</p> : null}
      <p>
        Redogörelsen upprättades den {statementDate(statement.preparedAt)} och uppdaterades senast
        den {statementDate(statement.lastUpdatedAt)}. Den granskades senast den{' '}
        {statementDate(statement.reviewedAt)}.
      </p>
    </article>
  )
}

export default StatementPage
