import type { AdminViewServerProps, CollectionSlug } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Button, Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import type { KlarkollSettings } from '../types'

import { dashboardRows, type DashboardFilter, filterFrom, filterRows } from '../dashboard/rows'
import { areaLabels, statusLabels, stockholmTime, swedishNumber } from '../dashboard/labels'
import { settingRows } from '../dashboard/settingRows'
import { recentSnapshots, recordSnapshot, summarise } from '../dashboard/snapshots'
import { allRules } from '../settings'
import { swedishDay } from '../staleness/dates'
import { scanStaleness } from '../staleness/scan'
import { failedScheduledPublishes } from '../scheduled'
import { statementNotices } from '../statement/notices'
import type { AuditRun } from '../siteAudit/runsCollection'

import { slugsOf } from '../slugs'
import { LixHistogram, TrendChart } from './Charts'
import { DashboardViews } from './DashboardViews'
import { SiteAuditButton } from './SiteAuditButton'
import { lixColor } from './lixScale'
import { SettingsSection } from './SettingsSection'
import { StalenessSection } from './StalenessSection'
import { VersionsSection } from './VersionsSection'
import { versionCoverage } from '../versions/coverage'
import './panel.css'

const query = (filter: DashboardFilter, change: DashboardFilter = {}) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...filter, ...change }))
    if (value) params.set(key, value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

const Select = ({
  label,
  name,
  options,
  value,
}: {
  label: string
  name: string
  options: Array<[string, string]>
  value?: string
}) => (
  <label className="klarkoll-filter">
    <span>{label}</span>
    <select defaultValue={value ?? ''} name={name}>
      <option value="">Alla</option>
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  </label>
)

/**
 * Klarkoll's overview in the admin: every checked document with its status, LIX and findings per
 * area; filters and sorting that work without JavaScript; CSV export; LIX distribution and the
 * daily trend of errors and warnings.
 */
export const KlarkollDashboard = async ({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) => {
  const { req, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user)
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/klarkoll`)}`)
  const settings = req.payload.config.custom?.klarkoll as KlarkollSettings
  const raw = (searchParams ?? {}) as Record<string, string | string[] | undefined>
  const filter = filterFrom((key) => raw[key])
  const all = await dashboardRows(req, settings)
  const today = swedishDay(new Date())
  await recordSnapshot(req.payload, summarise(all, today))
  const snapshots = await recentSnapshots(req.payload)
  const rows = filterRows(all, filter)
  const failures = await failedScheduledPublishes(req.payload)
  const failed = new Set(failures.map((f) => `${f.collection}-${f.id}`))
  const notices = await statementNotices(req.payload, today)
  const stale = await scanStaleness(req.payload, settings, {
    apply: false,
    req,
    today,
  })
  const coverage = await versionCoverage(req.payload, settings)
  const collectionLabel = (slug: string) => {
    const labels = req.payload.collections[slug as CollectionSlug]?.config.labels?.plural as
      Record<string, string> | string | undefined
    return typeof labels === 'string' ? labels : (labels?.sv ?? slug)
  }
  const sortLink = (key: string, text: string) => {
    const next = filter.sort === key ? `-${key}` : key
    return (
      <a href={`${adminRoute}/klarkoll${query(filter, { sort: next })}`}>
        {text}
        {filter.sort === key ? ' ▲' : filter.sort === `-${key}` ? ' ▼' : ''}
      </a>
    )
  }
  // The filter names rules by their Swedish titles ("Passiv form (klarsprak/passive)"), in the
  // order of the titles; a rule the site no longer has keeps its id.
  const siteRules = allRules(settings.ruleSets)
  const titles = new Map(siteRules.map((rule) => [rule.id, rule.meta.title]))
  const rules = [...new Set(all.flatMap((r) => r.rules))]
    .map((id): [string, string] => [id, titles.has(id) ? `${titles.get(id)} (${id})` : id])
    .sort((a, b) => a[1].localeCompare(b[1], 'sv'))
  const owners = [...new Set(all.map((r) => r.owner).filter((o): o is string => Boolean(o)))].sort()
  const counts = summarise(rows, today)
  const canAudit = settings.canRunSiteAudit(req.user)
  const lastRun = canAudit
    ? ((
        await req.payload.find({
          collection: slugsOf(req.payload).auditRuns as CollectionSlug,
          limit: 1,
          req,
          sort: '-createdAt',
        })
      ).docs[0] as unknown as AuditRun | undefined)
    : undefined
  const ruleTitle = (id: string) => titles.get(id) ?? id

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className="klarkoll-dashboard">
          <h1>Klarkoll – översikt</h1>
          <p>
            {counts.documents} dokument · <strong>{counts.blocked} stoppade</strong> ·{' '}
            {counts.errors} fel · {counts.warnings} varningar · snitt-LIX{' '}
            {swedishNumber(counts.avgLix)} · policy: {settings.preset}
          </p>
          {canAudit ? <SiteAuditButton initial={lastRun ?? null} /> : null}
          {failures.length > 0 ? (
            <p className="klarkoll-summary klarkoll-summary--blocked" role="alert">
              {failures.length} schemalagda publiceringar stoppades. De är markerade i tabellen.
            </p>
          ) : null}
          {notices.length > 0 ? (
            <section aria-labelledby="klarkoll-statement" className="klarkoll-notices">
              <h2 id="klarkoll-statement">Tillgänglighetsredogörelsen</h2>
              <ul>
                {notices.map((notice) => (
                  <li className="klarkoll-summary klarkoll-summary--warning" key={notice.kind}>
                    {notice.message} <a href={`${adminRoute}${notice.href}`}>Åtgärda</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <StalenessSection adminRoute={adminRoute} items={stale.items} payload={req.payload} />
          {coverage ? <VersionsSection adminRoute={adminRoute} coverage={coverage} /> : null}
          <form action={`${adminRoute}/klarkoll`} className="klarkoll-filters" method="get">
            <Select
              label="Samling"
              name="collection"
              options={Object.keys(settings.collections).map((s) => [s, collectionLabel(s)])}
              value={filter.collection}
            />
            <Select
              label="Status"
              name="status"
              options={Object.entries(statusLabels)}
              value={filter.status}
            />
            <Select
              label="Område"
              name="area"
              options={Object.entries(areaLabels)}
              value={filter.area}
            />
            <Select label="Regel" name="rule" options={rules} value={filter.rule} />
            <Select
              label="Ägare"
              name="owner"
              options={owners.map((o) => [o, o])}
              value={filter.owner}
            />
            {filter.sort ? <input name="sort" type="hidden" value={filter.sort} /> : null}
            <Button buttonStyle="secondary" size="small" type="submit">
              Filtrera
            </Button>
            <a
              href={`${req.payload.config.serverURL}${req.payload.config.routes.api}/klarkoll/report.csv${query(filter)}`}
            >
              Ladda ner som CSV
            </a>
          </form>
          <div className="klarkoll-charts">
            <LixHistogram lixes={rows.map((r) => r.lix).filter((l): l is number => l !== null)} />
            <TrendChart snapshots={snapshots} />
          </div>
          <DashboardViews
            adminRoute={adminRoute}
            collectionLabel={collectionLabel}
            rows={rows}
            ruleTitle={ruleTitle}
          />
          <h2 id="klarkoll-documents">Alla dokument</h2>
          <div className="table">
            <table aria-labelledby="klarkoll-documents" className="klarkoll-table">
              <thead>
                <tr>
                  <th scope="col">{sortLink('title', 'Dokument')}</th>
                  <th scope="col">Samling</th>
                  <th scope="col">{sortLink('status', 'Status')}</th>
                  <th scope="col">{sortLink('lix', 'LIX')}</th>
                  <th scope="col">{sortLink('errors', 'Fel')}</th>
                  <th scope="col">{sortLink('warnings', 'Varningar')}</th>
                  <th scope="col">Per område</th>
                  <th scope="col">Ägare</th>
                  <th scope="col">{sortLink('checkedAt', 'Senast granskad')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr data-status={row.status} key={`${row.collection}-${row.id}`}>
                    <td>
                      <a href={`${adminRoute}/collections/${row.collection}/${row.id}`}>
                        {row.title}
                      </a>
                    </td>
                    <td>{collectionLabel(row.collection)}</td>
                    <td>
                      {statusLabels[row.status]}
                      {failed.has(`${row.collection}-${row.id}`) ? (
                        <strong> · schemalagd publicering stoppad</strong>
                      ) : null}
                    </td>
                    <td>
                      {/* The band's colour beside the number, which keeps the text's contrast. */}
                      <span aria-hidden="true" style={{ color: lixColor(row.lix) }}>
                        ●
                      </span>{' '}
                      {swedishNumber(row.lix)}
                    </td>
                    <td>{row.counts.error}</td>
                    <td>{row.counts.warning}</td>
                    <td>
                      {Object.entries(row.countsByArea)
                        .filter(([, n]) => n > 0)
                        .map(([area, n]) => `${areaLabels[area as keyof typeof areaLabels]} ${n}`)
                        .join(', ') || '–'}
                    </td>
                    <td>{row.owner ?? '–'}</td>
                    <td>{stockholmTime(row.checkedAt) || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length === 0 ? <p>Inga dokument matchar filtret.</p> : null}
          <SettingsSection rows={settingRows(siteRules, settings.ruleSources)} />
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
