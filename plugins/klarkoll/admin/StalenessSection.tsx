import type { CollectionSlug, Payload } from 'payload'

import React from 'react'

import type { StaleItem, StaleKind } from '../staleness/scan'

const kinds: Array<[StaleKind, string]> = [
  ['overdue', 'Försenade'],
  ['due-soon', 'Snart'],
  ['expired', 'Utgångna'],
  ['broken-link', 'Trasiga länkar'],
  ['holiday', 'Helgbesked saknas'],
  ['version-behind', 'Versioner efter originalet'],
]

const ownerNames = async (payload: Payload, ids: string[]) => {
  if (ids.length === 0) return new Map<string, string>()
  const { docs } = await payload.find({
    collection: (payload.config.admin.user ?? 'users') as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { id: { in: ids } },
  })
  return new Map(
    (docs as unknown as Array<{ email?: string; id: number | string; name?: string }>).map((u) => [
      String(u.id),
      u.name || u.email || String(u.id),
    ]),
  )
}

/**
 * "Aktualitet" on the dashboard: per owner, how many reviews are overdue or due soon, broken
 * links and missing holiday decisions; then the items themselves, most urgent first.
 */
export const StalenessSection = async ({
  adminRoute,
  items,
  payload,
}: {
  adminRoute: string
  items: StaleItem[]
  payload: Payload
}) => {
  const names = await ownerNames(payload, [
    ...new Set(items.map((i) => i.ownerId).filter((id): id is string => Boolean(id))),
  ])
  const byOwner = new Map<string, StaleItem[]>()
  for (const item of items) {
    const owner = item.ownerId ? (names.get(item.ownerId) ?? item.ownerId) : 'Ingen ägare'
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), item])
  }
  const urgent = items.filter((i) => i.kind !== 'due-soon')
  return (
    <section aria-labelledby="klarkoll-staleness" className="klarkoll-notices">
      <h2 id="klarkoll-staleness">Aktualitet</h2>
      {items.length === 0 ? (
        <p>Allt publicerat innehåll är granskat i tid och har fungerande länkar.</p>
      ) : (
        <>
          <table className="klarkoll-table" data-testid="klarkoll-owners">
            <caption>Per innehållsansvarig</caption>
            <thead>
              <tr>
                <th scope="col">Ansvarig</th>
                {kinds.map(([, label]) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...byOwner.entries()]
                .sort(([a], [b]) => a.localeCompare(b, 'sv'))
                .map(([owner, list]) => (
                  <tr key={owner}>
                    <th scope="row">{owner}</th>
                    {kinds.map(([kind]) => (
                      <td key={kind}>{list.filter((i) => i.kind === kind).length}</td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
          {urgent.length > 0 ? (
            <ul>
              {urgent.map((item) => (
                <li className="klarkoll-summary klarkoll-summary--warning" key={item.key}>
                  <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>
                    {item.title}
                  </a>
                  : {item.detail}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  )
}
