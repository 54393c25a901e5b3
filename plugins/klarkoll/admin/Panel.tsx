'use client'
import type { UIFieldClientComponent } from 'payload'

import {
  useAllFormFields,
  useConfig,
  useDocumentInfo,
  useField,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React, { useEffect, useMemo, useState } from 'react'

import type { RuleSettings } from '../analysis/config'
import type { Area } from '../analysis/types'
import type { Acceptance, Report, ReportFinding } from '../check/report'
import type { TextFieldRef } from '../check/textFields'
import type { ScheduledFailure } from '../scheduled'

import { analyze } from '../analysis/analyze'
import { klarsprakRules } from '../analysis/rules'
import { documentInput } from '../check/documentInput'
import { acceptancesIn, buildReport } from '../check/report'
import { LixGauge } from './LixGauge'
import './panel.css'
import { type PanelTexts, panelTexts } from './texts'

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
}

const areaNames = (t: PanelTexts): Record<Area, string> => ({
  a11y: t.areaA11y,
  klarsprak: t.areaKlarsprak,
  policy: t.areaPolicy,
  staleness: t.areaStaleness,
})

/** Brings the editor to the field a finding is about. */
const goToField = (field: string) => {
  const id = `field-${field.replace(/\./g, '__')}`
  const root = field.split('.')[0]
  const element =
    document.getElementById(id) ??
    document.querySelector(`[id^="field-${root}"]`) ??
    document.querySelector(`.field-type[data-field-path="${field}"]`)
  if (!element) return
  element.scrollIntoView({ behavior: 'smooth', block: 'center' })
  const target = element.matches('input, textarea, [contenteditable="true"]')
    ? element
    : element.querySelector('input, textarea, [contenteditable="true"]')
  ;(target as HTMLElement | null)?.focus({ preventScroll: true })
}

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

const FindingItem = ({
  accepted,
  finding,
  onAccept,
  t,
}: {
  accepted?: Acceptance
  finding: ReportFinding
  onAccept?: (reason: string) => void
  t: PanelTexts
}) => {
  const [reason, setReason] = useState<null | string>(null)
  const badge =
    finding.severity === 'error' ? t.blocks : finding.severity === 'warning' ? t.warning : t.info
  return (
    <li
      className={`klarkoll-finding klarkoll-finding--${finding.severity}${accepted ? ' klarkoll-finding--accepted' : ''}`}
      data-rule={finding.ruleId}
    >
      <button
        className="klarkoll-finding__go"
        onClick={() => goToField(finding.field)}
        type="button"
      >
        <span className="klarkoll-finding__badge">{accepted ? t.acceptedBy : badge}</span>{' '}
        {finding.message}
        <Excerpt finding={finding} />
      </button>
      {finding.suggestion ? (
        <p className="klarkoll-finding__suggestion">→ {finding.suggestion}</p>
      ) : null}
      {accepted ? <p className="klarkoll-finding__suggestion">{accepted.reason}</p> : null}
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
  const { fields, ingressField, mainField, preset, prose, rules, rulesVersion, titleField } =
    props as unknown as PanelProps
  const [formFields] = useAllFormFields()
  const { i18n } = useTranslation()
  const locale = useLocale()
  const { config } = useConfig()
  // Looked up once per admin language, not on every keystroke's render.
  const t = useMemo(() => panelTexts(i18n), [i18n])
  const acceptedField = useField<Acceptance[] | null>({ path: 'klarkoll.accepted' })
  const overrideField = useField<string>({ path: 'klarkoll.overrideReason' })
  const storedField = useField<null | Report>({ path: 'klarkoll.report' })
  const [report, setReport] = useState<null | Report>(null)
  const [canOverride, setCanOverride] = useState(false)
  const [failures, setFailures] = useState<ScheduledFailure[]>([])
  const [server, setServer] = useState<null | ReportFinding[]>(null)
  const { collectionSlug, id } = useDocumentInfo()
  const accepted = acceptancesIn(acceptedField.value)

  useEffect(() => {
    const timer = setTimeout(() => {
      const data = reduceFieldsToValues(formFields, true) as Record<string, unknown>
      const input = documentInput(data, fields, { ingressField, lang: locale?.code, titleField })
      setReport(
        buildReport({
          accepted,
          analysis: analyze(input, { rules }),
          checkedAt: new Date().toISOString(),
          mainField,
          preset,
          rulesVersion,
        }),
      )
    }, 300)
    return () => clearTimeout(timer)
  }, [formFields, acceptedField.value, locale?.code])

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

  if (!report) return <div className="klarkoll-panel">{t.checking}</div>

  // Until the server has answered, the other areas come from the last stored check.
  const others = server ?? (storedField.value?.findings ?? []).filter(fromServer)
  const findings = [...report.findings, ...others]
  const errors = findings.filter((f) => f.severity === 'error')
  const warnings = findings.filter((f) => f.severity === 'warning' && !f.accepted)
  // Tips never block; they are counted so the summary does not say "nothing to remark" above them.
  const tips = findings.filter((f) => f.severity === 'info').length
  const byArea = new Map<Area, ReportFinding[]>()
  for (const finding of findings) {
    byArea.set(finding.area, [...(byArea.get(finding.area) ?? []), finding])
  }
  const names = areaNames(t)
  const accept = (finding: ReportFinding) => (reason: string) =>
    acceptedField.setValue([
      ...accepted.filter((a) => a.key !== finding.key),
      { at: '', key: finding.key, reason, ruleId: finding.ruleId },
    ])
  const m = report.metrics

  return (
    <section aria-label={t.title} className="klarkoll-panel" data-testid="klarkoll-panel">
      <h3>{t.title}</h3>
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
              <FindingItem
                accepted={finding.accepted}
                finding={finding}
                key={`${finding.key}|${finding.range?.start ?? ''}`}
                onAccept={finding.severity === 'warning' ? accept(finding) : undefined}
                t={t}
              />
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
