'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import './panel.css'

type ReviewState = {
  daysLeft: number
  expired: boolean
  expiresAt: null | string
  lastReviewedAt: null | string
  log: Array<{ at: string; byEmail?: string; byName: null | string; note?: string }>
  nextReviewAt: string
  overdue: boolean
}

const texts = {
  en: {
    daysLeft: (n: number) => (n === 0 ? 'today' : n > 0 ? `in ${n} days` : `${-n} days ago`),
    expired: 'Expired',
    expires: 'Expires',
    last: 'Last reviewed',
    mark: 'Mark as reviewed',
    never: 'never',
    next: 'Next review',
    note: 'Note (optional)',
    saved: 'Marked as reviewed.',
    saveFirst: 'Save the document before marking it as reviewed.',
    title: 'Review',
  },
  sv: {
    daysLeft: (n: number) =>
      n === 0 ? 'i dag' : n > 0 ? `om ${n} ${n === 1 ? 'dag' : 'dagar'}` : `för ${-n} dagar sedan`,
    expired: 'Har gått ut',
    expires: 'Slutdatum',
    last: 'Senast granskad',
    mark: 'Markera som granskad',
    never: 'aldrig',
    next: 'Nästa granskning',
    note: 'Anteckning (valfri)',
    saved: 'Markerad som granskad.',
    saveFirst: 'Spara dokumentet innan du markerar det som granskat.',
    title: 'Granskning',
  },
}

/**
 * The review box in the sidebar: how many days are left, the last review, and the explicit
 * "Markera som granskad" action (the only way the review date moves).
 */
export const KlarkollReviewBox: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? texts.en : texts.sv
  const { collectionSlug, id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const url = `${serverURL}${api}/klarkoll/review`
  const [state, setState] = useState<null | ReviewState>(null)
  const [note, setNote] = useState('')
  const [message, setMessage] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (id === undefined || !collectionSlug) return
    const query = new URLSearchParams({ collection: collectionSlug, id: String(id) })
    void fetch(`${url}?${query}`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then(setState)
  }, [collectionSlug, id, url])

  const mark = useCallback(async () => {
    setBusy(true)
    setMessage(null)
    const res = await fetch(url, {
      body: JSON.stringify({ collection: collectionSlug, id, note }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = await res.json()
    setBusy(false)
    if (res.ok) {
      setState(body)
      setNote('')
      setMessage(t.saved)
    } else {
      setMessage(body.errors?.[0]?.message ?? String(res.status))
    }
  }, [collectionSlug, id, note, t.saved, url])

  if (id === undefined) return <p className="klarkoll-finding__suggestion">{t.saveFirst}</p>
  const status = state?.expired ? 'blocked' : state?.overdue ? 'blocked' : 'ok'
  return (
    <section aria-label={t.title} className="klarkoll-review" data-testid="klarkoll-review">
      {state ? (
        <dl className="klarkoll-metrics">
          <dt>{t.next}</dt>
          <dd className={`klarkoll-review__${status}`} data-testid="klarkoll-review-next">
            {state.nextReviewAt} ({t.daysLeft(state.daysLeft)})
          </dd>
          <dt>{t.last}</dt>
          <dd>{state.lastReviewedAt ?? t.never}</dd>
          {state.expiresAt ? (
            <>
              <dt>{state.expired ? t.expired : t.expires}</dt>
              <dd>{state.expiresAt}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <label className="klarkoll-finding__suggestion" htmlFor="klarkoll-review-note">
        {t.note}
      </label>
      <textarea
        id="klarkoll-review-note"
        maxLength={1000}
        onChange={(event) => setNote(event.target.value)}
        rows={2}
        value={note}
      />
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void mark()} size="small">
        {t.mark}
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </section>
  )
}
