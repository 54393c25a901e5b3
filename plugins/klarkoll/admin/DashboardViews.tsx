import React from 'react'

import type { DashboardRow } from '../dashboard/rows'

import { swedishNumber } from '../dashboard/labels'
import { byGroup, byRule, type GroupLine, topProblems } from '../dashboard/views'

type Props = {
  adminRoute: string
  collectionLabel: (slug: string) => string
  rows: DashboardRow[]
  ruleTitle: (id: string) => string
}

const GroupTable = ({
  caption,
  heading,
  lines,
  name,
}: {
  caption: string
  heading: string
  lines: GroupLine[]
  name: (key: string) => React.ReactNode
}) => (
  <div className="table">
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Dokument</th>
          <th scope="col">Stoppade</th>
          <th scope="col">Fel</th>
          <th scope="col">Varningar</th>
          <th scope="col">Snitt-LIX</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <th scope="row">{name(line.key)}</th>
            <td>{line.documents}</td>
            <td>{line.blocked}</td>
            <td>{line.errors}</td>
            <td>{line.warnings}</td>
            <td>{swedishNumber(line.avgLix)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/**
 * "Where do we stand?": the ten problems that recur most, every rule with its count and the
 * documents that have most of it, and the figures per owner and per collection.
 */
export const DashboardViews = ({ adminRoute, collectionLabel, rows, ruleTitle }: Props) => {
  const problems = topProblems(rows)
  const rules = byRule(rows)
  const link = (row: DashboardRow) => (
    <a href={`${adminRoute}/collections/${row.collection}/${row.id}`}>{row.title}</a>
  )
  return (
    <div className="klarkoll-views">
      <section aria-labelledby="klarkoll-top">
        <h2 id="klarkoll-top">Topp 10 problem</h2>
        {problems.length === 0 ? (
          <p>Inga fel eller varningar just nu.</p>
        ) : (
          <ol className="klarkoll-top" data-testid="klarkoll-top-problems">
            {problems.map((p) => (
              <li key={`${p.ruleId}|${p.what}`}>
                <strong>{ruleTitle(p.ruleId)}</strong>: ”{p.what}” – {p.count}{' '}
                {p.count === 1 ? 'gång' : 'gånger'} i {p.documents} dokument{' '}
                <a href={`${adminRoute}/klarkoll?rule=${encodeURIComponent(p.ruleId)}`}>Visa</a>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="klarkoll-rules">
        <h2 id="klarkoll-rules">Per regel</h2>
        <div className="table">
          <table data-testid="klarkoll-by-rule">
            <caption>Fel och varningar per regel, med de dokument som har flest</caption>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Antal</th>
                <th scope="col">Dokument</th>
                <th scope="col">Flest i</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((line) => (
                <tr key={line.ruleId}>
                  <th scope="row">
                    <a href={`${adminRoute}/klarkoll?rule=${encodeURIComponent(line.ruleId)}`}>
                      {ruleTitle(line.ruleId)}
                    </a>
                  </th>
                  <td>{line.count}</td>
                  <td>{line.documents}</td>
                  <td>
                    {line.worst.map((w, i) => (
                      <React.Fragment key={`${w.row.collection}-${w.row.id}`}>
                        {i > 0 ? ', ' : ''}
                        {link(w.row)} ({w.count})
                      </React.Fragment>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="klarkoll-owners">
        <h2 id="klarkoll-owners">Per ägare</h2>
        <GroupTable
          caption="Dokument, fel och varningar per innehållsansvarig"
          heading="Ägare"
          lines={byGroup(rows, (row) => row.owner ?? '')}
          name={(key) => key || 'Ingen ägare'}
        />
      </section>
      <section aria-labelledby="klarkoll-collections">
        <h2 id="klarkoll-collections">Per samling</h2>
        <GroupTable
          caption="Dokument, fel och varningar per samling"
          heading="Samling"
          lines={byGroup(rows, (row) => row.collection)}
          name={collectionLabel}
        />
      </section>
    </div>
  )
}
