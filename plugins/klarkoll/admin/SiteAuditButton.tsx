'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useCallback, useEffect, useState } from 'react'

import type { AuditRun } from '../siteAudit/runsCollection'

import { stockholmTime } from '../dashboard/labels'

const seconds = (ms: number) => {
  const s = Math.max(1, Math.round(ms / 1000))
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`
}

/** "cirka 40 s kvar", from the pace so far; nothing until the first documents are done. */
const estimate = (run: AuditRun, now: number) => {
  if (run.state !== 'running' || !run.startedAt || run.done === 0 || run.total === 0) return null
  const elapsed = now - Date.parse(run.startedAt)
  return `cirka ${seconds((elapsed / run.done) * (run.total - run.done))} kvar`
}

const underWay = (run: AuditRun | null) => run?.state === 'queued' || run?.state === 'running'

/**
 * "Granska hela webbplatsen": queues the site audit as a job and shows its progress (documents
 * done of all, and an estimate) until it is done; then the dashboard's figures are read again.
 */
export const SiteAuditButton = ({ initial }: { initial: AuditRun | null }) => {
  const { config } = useConfig()
  const router = useRouter()
  const [run, setRun] = useState<AuditRun | null>(initial)
  const [problem, setProblem] = useState<null | string>(null)
  const api = `${config.serverURL}${config.routes.api}/klarkoll/site-audit`

  const read = useCallback(async () => {
    const response = await fetch(api, { credentials: 'include' })
    if (!response.ok) return null
    return ((await response.json()) as { run: AuditRun | null }).run
  }, [api])

  useEffect(() => {
    if (!underWay(run)) return
    const timer = setInterval(() => {
      void read().then((next) => {
        if (!next) return
        setRun(next)
        if (next.state === 'done') router.refresh()
      })
    }, 1000)
    return () => clearInterval(timer)
  }, [run?.state, read, router])

  const start = async () => {
    setProblem(null)
    const response = await fetch(api, { credentials: 'include', method: 'POST' })
    const body = (await response.json().catch(() => null)) as {
      errors?: Array<{ message: string }>
      run?: AuditRun
    } | null
    if (!response.ok || !body?.run) {
      setProblem(body?.errors?.[0]?.message ?? 'Granskningen kunde inte startas. Försök igen.')
      return
    }
    setRun(body.run)
  }

  const percent = run && run.total > 0 ? Math.round((run.done / run.total) * 100) : 0
  const busy = underWay(run)
  return (
    <section aria-labelledby="klarkoll-site-audit" className="klarkoll-site-audit">
      <h2 id="klarkoll-site-audit">Granska hela webbplatsen</h2>
      <p>
        Alla dokument granskas igen med dagens regler: klarspråk, tillgänglighet, aktualitet och
        servicepolicy. Det tar en stund; du kan arbeta vidare under tiden.
      </p>
      <Button buttonStyle="primary" disabled={busy} onClick={() => void start()} size="medium">
        {busy ? 'Granskar …' : 'Granska hela webbplatsen'}
      </Button>
      {problem ? (
        <p className="klarkoll-summary klarkoll-summary--blocked" role="alert">
          {problem}
        </p>
      ) : null}
      {run ? (
        <div aria-live="polite" className="klarkoll-site-audit__progress">
          <label htmlFor="klarkoll-site-audit-progress">
            {run.state === 'queued'
              ? 'I kö …'
              : run.state === 'failed'
                ? `Granskningen misslyckades: ${run.error ?? 'okänt fel'}`
                : `${run.done.toLocaleString('sv-SE')} av ${run.total.toLocaleString('sv-SE')} dokument granskade (${percent} %)`}
          </label>
          <progress
            data-testid="klarkoll-site-audit-progress"
            id="klarkoll-site-audit-progress"
            max={100}
            value={run.state === 'done' ? 100 : percent}
          />
          <small>
            {run.state === 'done' && run.finishedAt
              ? `Klar ${stockholmTime(run.finishedAt)}`
              : (estimate(run, Date.now()) ?? '')}
          </small>
        </div>
      ) : null}
    </section>
  )
}
