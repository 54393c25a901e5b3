'use client'
import React, { type RefObject, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import type { Mark } from './marks/markFindings'
import { badgeOf, type PanelTexts } from './texts'

type Shown = { mark: Mark; rect: DOMRect; via: 'caret' | 'pointer' }

const inside = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 2

/**
 * The finding of a marked word, shown where the pointer rests on it or where the caret stands
 * in it: the message, the suggestion and, where the suggestion is a plain replacement, the
 * button that puts it in. The panel lists the same for keyboard and screen reader users.
 */
export const MarkTooltip = ({
  marks,
  onReplace,
  t,
}: {
  marks: RefObject<Mark[]>
  onReplace: (mark: Mark) => void
  t: PanelTexts
}) => {
  const [shown, setShown] = useState<null | Shown>(null)
  const overTooltip = useRef(false)

  useEffect(() => {
    let frame = 0
    let hide: ReturnType<typeof setTimeout> | undefined
    let pointer: { x: number; y: number } | null = null
    const show = (next: Shown) => {
      clearTimeout(hide)
      setShown(next)
    }
    const find = () => {
      frame = 0
      const list = marks.current ?? []
      if (pointer) {
        const { x, y } = pointer
        for (const mark of list) {
          const rect = mark.rects().find((r) => inside(r, x, y))
          if (rect) return show({ mark, rect, via: 'pointer' })
        }
      }
      for (const mark of list) {
        if (!mark.caretIn()) continue
        const rect = mark.rects()[0]
        if (rect) return show({ mark, rect, via: 'caret' })
      }
      // A moment's grace, so the pointer can cross the gap to the tooltip's button.
      clearTimeout(hide)
      hide = setTimeout(() => {
        if (!overTooltip.current) setShown(null)
      }, 300)
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(find)
    }
    const move = (event: MouseEvent) => {
      pointer = { x: event.clientX, y: event.clientY }
      schedule()
    }
    const leave = () => {
      pointer = null
      schedule()
    }
    document.addEventListener('mousemove', move, { passive: true })
    document.addEventListener('mouseleave', leave)
    document.addEventListener('selectionchange', schedule)
    document.addEventListener('keyup', schedule)
    document.addEventListener('scroll', schedule, { capture: true, passive: true })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(hide)
      document.removeEventListener('mousemove', move)
      document.removeEventListener('mouseleave', leave)
      document.removeEventListener('selectionchange', schedule)
      document.removeEventListener('keyup', schedule)
      document.removeEventListener('scroll', schedule, { capture: true })
    }
  }, [marks])

  if (!shown || typeof document === 'undefined') return null
  const { finding } = shown.mark
  const badge = badgeOf(finding.severity, t)
  const below = shown.rect.bottom + 6
  const style: React.CSSProperties = {
    left: Math.max(8, Math.min(shown.rect.left, window.innerWidth - 368)),
    ...(below + 140 > window.innerHeight
      ? { bottom: window.innerHeight - shown.rect.top + 6 }
      : { top: below }),
  }
  return createPortal(
    <div
      aria-live="polite"
      className={`klarkoll-tooltip klarkoll-tooltip--${finding.severity}`}
      data-testid="klarkoll-tooltip"
      onMouseEnter={() => (overTooltip.current = true)}
      onMouseLeave={() => {
        overTooltip.current = false
        setShown(null)
      }}
      role="status"
      style={style}
    >
      <p>
        <span className="klarkoll-finding__badge">{badge}</span> {finding.message}
      </p>
      {finding.suggestion ? (
        <p className="klarkoll-finding__suggestion">→ {finding.suggestion}</p>
      ) : null}
      {finding.replacement && shown.via === 'pointer' ? (
        <button
          className="klarkoll-link"
          onClick={() => {
            onReplace(shown.mark)
            overTooltip.current = false
            setShown(null)
          }}
          type="button"
        >
          {t.replace(finding.replacement)}
        </button>
      ) : null}
    </div>,
    document.body,
  )
}
