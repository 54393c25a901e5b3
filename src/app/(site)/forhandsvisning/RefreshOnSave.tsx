'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Re-renders the preview on the server each time the admin saves (autosave included): Payload's
 * live-preview protocol — tell the admin window we are ready, then refresh on its
 * "payload-document-event" messages. Written out here because @payloadcms/live-preview-react is
 * not yet published for this Payload version, and Payload refuses mixed versions.
 */
export const RefreshOnSave = () => {
  const router = useRouter()
  useEffect(() => {
    const admin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown } | null
      if (event.origin === admin && data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    ;(window.opener ?? window.parent)?.postMessage(
      { ready: true, type: 'payload-live-preview' },
      admin,
    )
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
