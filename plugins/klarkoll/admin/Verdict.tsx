'use client'
import { useTranslation } from '@payloadcms/ui'
import React, { useMemo } from 'react'

import { useVerdict } from './liveVerdict'
import { panelTexts } from './texts'

/** Brings the panel into view and puts the focus on its heading. */
export const openPanel = () => {
  const panel = document.querySelector<HTMLElement>('[data-testid="klarkoll-panel"]')
  if (!panel) return
  panel.scrollIntoView({ behavior: 'smooth', block: 'start' })
  panel.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true })
}

/**
 * The check in a few words beside the document controls, which stay in view while the editor
 * scrolls: "LIX 42 · 0 fel · 3 varningar", red when a publish would be refused. A click opens
 * the panel.
 */
export const KlarkollVerdict = () => {
  const verdict = useVerdict()
  const { i18n } = useTranslation()
  const t = useMemo(() => panelTexts(i18n), [i18n])
  if (!verdict) return null
  const parts = [
    ...(verdict.lix !== null
      ? [
          t.verdictLix(
            Math.round(verdict.lix).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE'),
          ),
        ]
      : []),
    t.verdictErrors(verdict.errors),
    t.verdictWarnings(verdict.warnings),
  ]
  return (
    <button
      className={`klarkoll-verdict${verdict.errors > 0 ? ' klarkoll-verdict--blocked' : ''}`}
      data-testid="klarkoll-verdict"
      onClick={openPanel}
      title={t.verdictOpen}
      type="button"
    >
      <span className="klarkoll-verdict__icon" aria-hidden="true">
        {verdict.errors > 0 ? '⛔' : verdict.warnings > 0 ? '⚠' : '✓'}
      </span>
      {parts.join(' · ')}
      <span className="klarkoll-visually-hidden">. {t.verdictOpen}</span>
    </button>
  )
}
