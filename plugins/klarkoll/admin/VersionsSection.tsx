import React from 'react'

import type { Coverage } from '../versions/coverage'

import { versionLanguage } from '../versions/languages'

const columnName = (code: string) => {
  const name = versionLanguage(code)?.name ?? code
  return name.charAt(0).toLocaleUpperCase('sv') + name.slice(1)
}

/**
 * "Språkversioner" on the dashboard: per topic and language, whether the municipality has the
 * versions it must have (R12's lättläst minimum, the minority-rights page in every language of
 * its förvaltningsområden), then what is missing, with the source of the duty.
 */
export const VersionsSection = ({
  adminRoute,
  coverage,
}: {
  adminRoute: string
  coverage: Coverage
}) => {
  const links = (refs: Array<{ collection: string; id: number | string; title: string }>) => (
    <ul className="klarkoll-coverage__docs">
      {refs.map((ref) => (
        <li key={`${ref.collection}:${ref.id}`}>
          <a dir="auto" href={`${adminRoute}/collections/${ref.collection}/${ref.id}`}>
            {ref.title}
          </a>
        </li>
      ))}
    </ul>
  )
  return (
    <section aria-labelledby="klarkoll-versions" className="klarkoll-notices">
      <h2 id="klarkoll-versions">Språkversioner</h2>
      <table className="klarkoll-table" data-testid="klarkoll-coverage">
        <caption>Täckning per ämne och språk (publicerade sidor)</caption>
        <thead>
          <tr>
            <th scope="col">Ämne</th>
            <th scope="col">Original</th>
            {coverage.languages.map((code) => (
              <th key={code} scope="col">
                {columnName(code)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => (
            <tr key={row.topic}>
              <th scope="row">{row.label}</th>
              <td>{row.originals.length > 0 ? links(row.originals) : 'Saknas'}</td>
              {coverage.languages.map((code) => {
                const cell = coverage.cells.find(
                  (c) => c.topic === row.topic && c.language === code,
                )
                return (
                  <td key={code}>
                    {cell && cell.versions.length > 0
                      ? links(cell.versions)
                      : cell?.required
                        ? '✗ Saknas (krävs)'
                        : '–'}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {coverage.findings.length === 0 ? (
        <p>Alla versioner som krävs finns.</p>
      ) : (
        <ul data-testid="klarkoll-coverage-findings">
          {coverage.findings.map((finding) => (
            <li
              className={`klarkoll-summary klarkoll-summary--${finding.severity}`}
              key={`${finding.ruleId}:${finding.topic}:${finding.language ?? ''}`}
            >
              {finding.message} <small>Källa: {finding.source}.</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
