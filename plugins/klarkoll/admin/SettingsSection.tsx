import React from 'react'

import type { SettingRow } from '../dashboard/settingRows'

import { levelWords } from '../dashboard/settingRows'

const RuleTable = ({ caption, rows }: { caption: string; rows: SettingRow[] }) => (
  <table className="klarkoll-table">
    <caption className="klarkoll-visually-hidden">{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Regel</th>
        <th scope="col">Nivå</th>
        <th scope="col">Inställning</th>
        <th scope="col">Varifrån</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => (
        <tr data-rule={row.id} key={row.id}>
          <th scope="row">
            {row.title} <code>{row.id}</code>
          </th>
          <td>{levelWords[row.level]}</td>
          {/* Option names are the configuration's own, as a developer writes them. */}
          <td>{row.options ? <code>{row.options}</code> : '–'}</td>
          <td>
            {row.source}
            {row.replaces.map((earlier, index) => (
              <React.Fragment key={earlier.label}>
                {index === 0 ? ', ersätter ' : '; '}
                {earlier.label}: {levelWords[earlier.level]}
                {earlier.options ? (
                  <>
                    , <code>{earlier.options}</code>
                  </>
                ) : null}
              </React.Fragment>
            ))}
          </td>
        </tr>
      ))}
    </tbody>
  </table>
)

/**
 * The rules in effect and where each setting comes from (the site, a preset, the rule's own
 * default), so a web team sees why a text is stopped at LIX 55 and not at the preset's 40.
 */
export const SettingsSection = ({ rows }: { rows: SettingRow[] }) => {
  const set = rows.filter((row) => row.source !== 'regelns standard')
  const defaults = rows.filter((row) => row.source === 'regelns standard')
  return (
    <section aria-labelledby="klarkoll-settings" className="klarkoll-settings">
      <h2 id="klarkoll-settings">Regler och gränser</h2>
      <p>
        {set.length} regler har inställningar från policyn eller webbplatsen; {defaults.length}{' '}
        gäller med sina standardvärden.
      </p>
      <RuleTable caption="Regler med inställningar" rows={set} />
      <details>
        <summary>Regler med standardvärden ({defaults.length})</summary>
        <RuleTable caption="Regler med standardvärden" rows={defaults} />
      </details>
    </section>
  )
}
