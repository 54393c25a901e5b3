import type { AccessibilityStatement } from '@klarkoll/payload-plugin'

import { statementDate } from './statementDate'

type KnownIssue = AccessibilityStatement['knownIssues'][number]

/** One known problem: what, which requirement, who it affects, why, when it is fixed, where. */
export const KnownIssueItem = ({ issue }: { issue: KnownIssue }) => (
  <li>
    <h4>{issue.summary}</h4>
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
          <dd>
            {issue.situations
              .map((s, i) =>
                i === 0 ? s.label : s.label.replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
              )
              .join(', ')}
          </dd>
        </>
      ) : null}
      {issue.reason ? (
        <>
          <dt>Skäl</dt>
          <dd>{issue.reason}</dd>
        </>
      ) : null}
      <dt>Status</dt>
      <dd>
        {issue.statusLabel}
        {issue.fixBy ? `, senast den ${statementDate(issue.fixBy)}` : ''}
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
)
