'use client'
import type { UIFieldClientComponent } from 'payload'

import {
  toast,
  useAllFormFields,
  useConfig,
  useDocumentInfo,
  useField,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React, { useEffect, useMemo, useRef, useState } from 'react'

import type { RuleSettings } from '../analysis/config'
import type { Area } from '../analysis/types'
import type { Acceptance, Report, ReportFinding } from '../check/report'
import type { TextFieldRef } from '../check/textFields'
import type { ScheduledFailure } from '../scheduled'

import { klarsprakRules } from '../analysis/rules'
import { documentInput } from '../check/documentInput'
import { acceptancesIn, buildReport } from '../check/report'
import { publishVerdict } from './liveVerdict'
import { LixGauge } from './LixGauge'
import { canReplace, replaceFinding, selectFinding } from './marks/actions'
import { clearMarks, type Mark, markFindings } from './marks/markFindings'
import { setAtPath, useLiveEditors } from './marks/useLiveEditors'
import { versionProfile } from '../versions/profile'
import { analyzeInBrowser } from './worker/analyzeInBrowser'
import { MarkTooltip } from './MarkTooltip'
import './panel.css'
import { badgeOf, type PanelTexts, panelTexts } from './texts'

export type PanelProps = {
  fields: TextFieldRef[]
  mainField: string
  /** Whether the collection has running text (rich text): LIX means nothing for opening hours. */
  prose: boolean
  preset: string
  rules: RuleSettings
  rulesVersion: string
  ingressField?: string
  titleField?: string
  /** For collections with language versions: the rules lättläst versions are checked with. */
  lattlastRules?: RuleSettings
}

const areaNames = (t: PanelTexts): Record<Area, string> => ({
  a11y: t.areaA11y,
  klarsprak: t.areaKlarsprak,
  policy: t.areaPolicy,
  staleness: t.areaStaleness,
})

const Excerpt = ({ finding }: { finding: ReportFinding }) =>
  finding.excerpt ? (
    <>
      {' '}
      ”
      <mark>
        {finding.excerpt.length > 120 ? `${finding.excerpt.slice(0, 117)}…` : finding.excerpt}
      </mark>
      ”
    </>
  ) : null

/** What a finding's buttons do; kept in a ref, so a list item need not render again for them. */
type FindingActions = {
  accept: (finding: ReportFinding, reason: string) => void
  replace: (finding: ReportFinding) => void
  select: (finding: ReportFinding) => void
}

type FindingItemProps = {
  actions: React.RefObject<FindingActions>
  finding: ReportFinding
  t: PanelTexts
}

const FindingItemView = ({ actions, finding, t }: FindingItemProps) => {
  const accepted = finding.accepted
  const onSelect = () => actions.current.select(finding)
  const onReplace = canReplace(finding) ? () => actions.current.replace(finding) : undefined
  const onAccept =
    finding.severity === 'warning'
      ? (reason: string) => actions.current.accept(finding, reason)
      : undefined
  const [reason, setReason] = useState<null | string>(null)
  const badge = badgeOf(finding.severity, t)
  return (
    <li
      className={`klarkoll-finding klarkoll-finding--${finding.severity}${accepted ? ' klarkoll-finding--accepted' : ''}`}
      data-rule={finding.ruleId}
    >
      <button className="klarkoll-finding__go" onClick={onSelect} type="button">
        <span className="klarkoll-finding__badge">{accepted ? t.acceptedBy : badge}</span>{' '}
        {finding.message}
        <Excerpt finding={finding} />
      </button>
      {finding.suggestion ? (
        <p className="klarkoll-finding__suggestion">→ {finding.suggestion}</p>
      ) : null}
      {accepted ? <p className="klarkoll-finding__suggestion">{accepted.reason}</p> : null}
      {onReplace ? (
        <button className="klarkoll-link" onClick={onReplace} type="button">
          {t.replace(finding.replacement!)}
        </button>
      ) : null}{' '}
      {onAccept && !accepted && reason === null ? (
        <button className="klarkoll-link" onClick={() => setReason('')} type="button">
          {t.accept}
        </button>
      ) : null}
      {onAccept && reason !== null ? (
        <div>
          <label>
            {t.reason}
            <textarea onChange={(e) => setReason(e.target.value)} value={reason} />
          </label>
          {reason.trim().length < 10 ? <small>{t.reasonTooShort}</small> : null}
          <button
            className="klarkoll-link"
            disabled={reason.trim().length < 10}
            onClick={() => {
              onAccept(reason.trim())
              setReason(null)
            }}
            type="button"
          >
            {t.save}
          </button>{' '}
          <button className="klarkoll-link" onClick={() => setReason(null)} type="button">
            {t.cancel}
          </button>
        </div>
      ) : null}
    </li>
  )
}

const sameFinding = (a: ReportFinding, b: ReportFinding) =>
  a.key === b.key &&
  a.message === b.message &&
  a.severity === b.severity &&
  a.suggestion === b.suggestion &&
  a.replacement === b.replacement &&
  a.range?.start === b.range?.start &&
  a.range?.end === b.range?.end &&
  a.accepted?.reason === b.accepted?.reason

// Each check makes new finding objects; an item renders again only when its finding changed
// (a long page has hundreds, and typing checks it after every keystroke).
const FindingItem = React.memo(
  FindingItemView,
  (before, after) => before.t === after.t && sameFinding(before.finding, after.finding),
)

/**
 * A User Timing measure of klarkoll's own main-thread work, for DevTools and bench:editor (which
 * observes them); taken out of the buffer at once, so hours of typing do not pile them up.
 */
const measured = (name: string, start: number) => {
  performance.measure(name, { start })
  performance.clearMeasures(name)
}

// The browser runs the plugin's klarspråk rules; a site's own come with the server's answer.
const browserRules = new Set(klarsprakRules.map((rule) => rule.id))
const fromServer = (finding: ReportFinding) =>
  finding.area !== 'klarsprak' || !browserRules.has(finding.ruleId)

/**
 * The sidebar panel: the same klarspråk engine as the publish gate, run in the browser as the
 * editor types (debounced), with LIX, the other metrics and every finding grouped by area.
 * Policy findings come from the last publish, since they need the related documents.
 */
export const KlarkollPanel: UIFieldClientComponent = (props) => {
  const {
    fields,
    ingressField,
    lattlastRules,
    mainField,
    preset: sitePreset,
    prose,
    rules: siteRules,
    rulesVersion,
    titleField,
  } = props as unknown as PanelProps
  const [formFields] = useAllFormFields()
  const { i18n } = useTranslation()
  const locale = useLocale()
  const { config } = useConfig()
  // Looked up once per admin language, not on every keystroke's render.
  const t = useMemo(() => panelTexts(i18n), [i18n])
  const acceptedField = useField<Acceptance[] | null>({ path: 'klarkoll.accepted' })
  const overrideField = useField<string>({ path: 'klarkoll.overrideReason' })
  const storedField = useField<null | Report>({ path: 'klarkoll.report' })
  const statusField = useField<string>({ path: '_status' })
  const [report, setReport] = useState<null | Report>(null)
  const [canOverride, setCanOverride] = useState(false)
  const [failures, setFailures] = useState<ScheduledFailure[]>([])
  const [server, setServer] = useState<null | ReportFinding[]>(null)
  const { collectionSlug, id } = useDocumentInfo()
  const accepted = acceptancesIn(acceptedField.value)
  const anchor = useRef<HTMLElement>(null)
  const marks = useRef<Mark[]>([])
  // A lättläst version is checked by the lättläst rules, a Finnish one by no Swedish rule: the
  // same decision as the server's (versions/profile.ts), from the language chosen in the form.
  const versionCode = formFields['languageVersion.language']?.value
  const profile = useMemo(
    () =>
      versionProfile({ languageVersion: { language: versionCode } }, { lattlastRules, siteRules }),
    [versionCode, lattlastRules, siteRules],
  )
  const rules = profile.rules
  const preset = profile.language === 'lattlast' ? 'lattlast' : sitePreset
  const lang = profile.lang && (!locale?.code || locale.code === 'sv') ? profile.lang : locale?.code
  const richTextPaths = useMemo(
    () => fields.filter((field) => field.type === 'richText').map((field) => field.path),
    [fields],
  )

  // The klarspråk check runs as the editor types: rich text straight from its editors (the form
  // gets their value only when the browser is idle), the other fields from the form. A long text
  // is analysed in a worker; only the latest answer is shown. Keystrokes less than 40 ms apart
  // (a paste, a test typing) are checked once; a person's typing is checked key by key.
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const check = useRef(() => {})
  const schedule = () => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => check.current(), 40)
  }
  const editors = useLiveEditors(anchor, richTextPaths, schedule)
  check.current = () => {
    // User Timing marks name klarkoll's own main-thread work in DevTools and in bench:editor.
    const reading = performance.now()
    const data = reduceFieldsToValues(formFields, true) as Record<string, unknown>
    for (const [path, editor] of editors) setAtPath(data, path, editor.getEditorState().toJSON())
    const input = documentInput(data, fields, { ingressField, lang, titleField })
    measured('klarkoll:read', reading)
    const run = ++latest.current
    void analyzeInBrowser(input, rules).then((analysis) => {
      if (run !== latest.current) return
      const reporting = performance.now()
      setReport(
        buildReport({
          accepted,
          analysis,
          checkedAt: new Date().toISOString(),
          mainField,
          preset,
          rulesVersion,
        }),
      )
      measured('klarkoll:report', reporting)
    })
  }
  useEffect(() => {
    schedule()
    return () => clearTimeout(timer.current)
  }, [formFields, acceptedField.value, lang, rules, editors])

  // Everything but klarspråk needs the server (rendered HTML and axe-core, related documents,
  // review dates, link results): it runs the gate's own checkDocument on the form values when
  // the editor pauses, so the panel shows what a publish would refuse or warn about.
  useEffect(() => {
    if (!collectionSlug) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      const data = reduceFieldsToValues(formFields, true) as Record<string, unknown>
      const query = locale?.code ? `?locale=${encodeURIComponent(locale.code)}` : ''
      fetch(`${config.serverURL}${config.routes.api}/klarkoll/check${query}`, {
        body: JSON.stringify({ collection: collectionSlug, data, id }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
        signal: controller.signal,
      })
        .then((res) => (res.ok ? res.json() : null))
        .then((body: null | Report) => {
          if (body) setServer(body.findings.filter(fromServer))
        })
        .catch(() => undefined)
    }, 1200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [formFields, collectionSlug, id, locale?.code, config.serverURL, config.routes.api])

  useEffect(() => {
    let cancelled = false
    fetch(`${config.serverURL}${config.routes.api}/klarkoll/permissions`, {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((permissions) => {
        if (!cancelled) setCanOverride(Boolean(permissions?.canOverride))
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [config.serverURL, config.routes.api])

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    let cancelled = false
    const api = `${config.serverURL}${config.routes.api}`
    fetch(`${api}/klarkoll/scheduled-failures?collection=${collectionSlug}&id=${id}`, {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((body) => {
        if (!cancelled && Array.isArray(body?.failures)) setFailures(body.failures)
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [collectionSlug, id, config.serverURL, config.routes.api])

  // Until the server has answered, the other areas come from the last stored check.
  const others = useMemo(
    () => server ?? (storedField.value?.findings ?? []).filter(fromServer),
    [server, storedField.value],
  )
  const findings = useMemo(() => (report ? [...report.findings, ...others] : []), [report, others])
  const errors = findings.filter((f) => f.severity === 'error')
  const warnings = findings.filter((f) => f.severity === 'warning' && !f.accepted)
  // Tips never block; they are counted so the summary does not say "nothing to remark" above them.
  const tips = findings.filter((f) => f.severity === 'info').length
  const formRoot = () => anchor.current?.closest('form') ?? document

  // Every finding with a range is marked on its words; the marks are never part of the document.
  useEffect(() => {
    if (!report) return
    const marking = performance.now()
    marks.current = markFindings(formRoot(), findings, editors)
    measured('klarkoll:mark', marking)
    // For benchmarks and tests: the marks now show this check.
    document.dispatchEvent(
      new CustomEvent('klarkoll:marked', { detail: { marks: marks.current.length } }),
    )
  }, [findings, editors])
  useEffect(() => () => clearMarks(formRoot()), [])

  useEffect(() => {
    publishVerdict(
      report
        ? {
            errors: errors.length,
            lix: prose ? report.metrics.lix : null,
            warnings: warnings.length,
          }
        : null,
    )
  }, [report, errors.length, warnings.length])
  useEffect(() => () => publishVerdict(null), [])

  // After a publish, the stored report is the gate's last word: its warnings are listed by area
  // at once, not only in the panel further down.
  const seenCheck = useRef<null | string | undefined>(undefined)
  useEffect(() => {
    const stored = storedField.value
    const previous = seenCheck.current
    seenCheck.current = stored?.checkedAt ?? null
    // The first value is what the document had when it was opened; later ones are new checks.
    if (!stored || previous === undefined || previous === stored.checkedAt) return
    if (statusField.value !== 'published') return
    const warned = stored.findings.filter((f) => f.severity === 'warning' && !f.accepted)
    if (warned.length === 0) return
    const names = areaNames(t)
    const perArea = new Map<Area, number>()
    for (const f of warned) perArea.set(f.area, (perArea.get(f.area) ?? 0) + 1)
    const areas = [...perArea].map(([area, count]) => `${names[area]} ${count}`).join(', ')
    toast.warning(t.publishedWithWarnings(warned.length, areas), { duration: 12000 })
  }, [storedField.value?.checkedAt])

  const replace = (finding: ReportFinding) => {
    if (!replaceFinding(formRoot(), finding, editors)) toast.info(t.notReplaced)
  }
  const actions = useRef<FindingActions>({ accept() {}, replace() {}, select() {} })
  actions.current = {
    accept: (finding, reason) =>
      acceptedField.setValue([
        ...accepted.filter((a) => a.key !== finding.key),
        { at: '', key: finding.key, reason, ruleId: finding.ruleId },
      ]),
    replace,
    select: (finding) => selectFinding(formRoot(), finding, editors),
  }

  if (!report) {
    return (
      <div className="klarkoll-panel" ref={anchor as React.RefObject<HTMLDivElement>}>
        {t.checking}
      </div>
    )
  }
  // Keyed by the words and their count so far, not their offset: typing earlier in the text
  // moves the offsets of everything after it, and the items need not be made anew for that.
  const seen = new Map<string, number>()
  const itemKey = (finding: ReportFinding) => {
    const count = (seen.get(finding.key) ?? 0) + 1
    seen.set(finding.key, count)
    return `${finding.key}|${count}`
  }
  const byArea = new Map<Area, ReportFinding[]>()
  for (const finding of findings) {
    byArea.set(finding.area, [...(byArea.get(finding.area) ?? []), finding])
  }
  const names = areaNames(t)
  const m = report.metrics

  return (
    <section
      aria-label={t.title}
      className="klarkoll-panel"
      data-testid="klarkoll-panel"
      ref={anchor}
    >
      <MarkTooltip marks={marks} onReplace={(mark) => replace(mark.finding)} t={t} />
      <h3 tabIndex={-1}>{t.title}</h3>
      {failures.map((failure) => (
        <p className="klarkoll-summary klarkoll-summary--blocked" key={failure.at} role="alert">
          {t.scheduledFailed(
            new Date(failure.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
              timeZone: 'Europe/Stockholm',
            }),
            failure.message,
          )}
        </p>
      ))}
      {prose ? (
        <>
          <LixGauge band={m.lixBand} lix={m.lix} />
          <dl className="klarkoll-metrics">
            <dt>{t.words}</dt>
            <dd>{m.words}</dd>
            <dt>{t.sentences}</dt>
            <dd>{m.sentences}</dd>
            <dt>{t.sentenceLength}</dt>
            <dd>{m.avgSentenceLength.toFixed(1)}</dd>
            <dt>{t.longWords}</dt>
            <dd>{m.words > 0 ? `${Math.round((m.longWords / m.words) * 100)} %` : '–'}</dd>
            <dt>{t.passive}</dt>
            <dd>{`${Math.round(m.passiveShare * 100)} %`}</dd>
          </dl>
        </>
      ) : null}
      <p
        aria-live="polite"
        className={`klarkoll-summary${errors.length > 0 ? ' klarkoll-summary--blocked' : ''}`}
        data-testid="klarkoll-summary"
      >
        {errors.length > 0
          ? t.summaryBlocked(errors.length)
          : warnings.length > 0
            ? t.summaryWarnings(warnings.length)
            : tips > 0
              ? t.summaryTips(tips)
              : t.noFindings}
      </p>
      {[...byArea.entries()].map(([area, list]) => (
        <div key={area}>
          <h4>{names[area]}</h4>
          <ul className="klarkoll-findings">
            {list.map((finding) => (
              <FindingItem actions={actions} finding={finding} key={itemKey(finding)} t={t} />
            ))}
          </ul>
        </div>
      ))}
      {errors.length > 0 && canOverride ? (
        <div data-testid="klarkoll-override">
          <h4>{t.override}</h4>
          <label>
            <span className="klarkoll-finding__suggestion">{t.overrideHelp}</span>
            <textarea
              name="klarkoll.overrideReason"
              onChange={(e) => overrideField.setValue(e.target.value)}
              value={overrideField.value ?? ''}
            />
          </label>
        </div>
      ) : null}
    </section>
  )
}
