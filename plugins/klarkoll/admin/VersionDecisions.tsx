'use client'
import type { JSONFieldClientComponent } from 'payload'

import { useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import type { VersionDecision } from '../versions/decisions'

import { versionLanguage } from '../versions/languages'

type Version = { id: number | string; language: string; title: string }

const choices: Array<[VersionDecision, string]> = [
  ['update', 'Ska uppdateras'],
  ['still-valid', 'Gäller fortfarande'],
  ['unpublish', 'Avpubliceras'],
]

/**
 * On an original: its published lättläst and language versions, each with a choice of what
 * happens to it when changed text is published. Sent with the publish, carried out by the server
 * (versions/decisions.ts); where the municipality requires it, a publish without a choice for
 * every version is refused with the list.
 */
export const KlarkollVersionDecisions: JSONFieldClientComponent = ({ path }) => {
  const { errorMessage, setValue, showError, value } = useField<null | Record<string, string>>({
    path,
  })
  const { collectionSlug, id, savedDocumentData } = useDocumentInfo()
  // Changes with each save; autosave saves drafts, so only a publish counts here.
  const published =
    savedDocumentData?._status === 'published' ? String(savedDocumentData.updatedAt) : ''
  const { config } = useConfig()
  const [versions, setVersions] = useState<Version[]>([])
  const titleField =
    config.collections.find((c) => c.slug === collectionSlug)?.admin?.useAsTitle ?? 'id'

  // After each publish the choices are spent: the next change of the text needs new ones, and
  // the list is read again (an unpublished version is gone from it).
  const spent = useRef(published)
  useEffect(() => {
    if (spent.current === published) return
    spent.current = published
    // Not an edit: marking the form modified would make autosave save a draft of the page just
    // published, and the page would read "Ändrad" with nothing changed.
    setValue(null, true)
  }, [published, setValue])

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      depth: '0',
      limit: '50',
      'where[languageVersion.original][equals]': String(id),
      'where[_status][equals]': 'published',
    })
    fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: null | { docs?: Array<Record<string, unknown>> }) => {
        setVersions(
          (body?.docs ?? []).map((doc) => ({
            id: doc.id as number | string,
            language: String((doc.languageVersion as { language?: unknown })?.language ?? ''),
            title: String(doc[titleField] ?? doc.id),
          })),
        )
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [collectionSlug, id, config.serverURL, config.routes.api, titleField, published])

  if (versions.length === 0) return null
  const chosen = value && typeof value === 'object' ? value : {}
  return (
    <div className="klarkoll-decisions field-type">
      <p className="klarkoll-decisions__intro">
        Sidan har versioner. När du publicerar ändrad text: välj vad som gäller för var och en.
      </p>
      {showError && errorMessage ? (
        <p className="klarkoll-decisions__error" role="alert">
          {errorMessage}
        </p>
      ) : null}
      {versions.map((version) => {
        const language = versionLanguage(version.language)
        const name = `klarkoll-decision-${version.id}`
        return (
          <fieldset className="klarkoll-decisions__version" key={String(version.id)}>
            <legend>
              {language?.versionName ?? version.language}:{' '}
              <a href={`${config.routes.admin}/collections/${collectionSlug}/${version.id}`}>
                <span dir="auto" lang={language?.lang}>
                  {version.title}
                </span>
              </a>
            </legend>
            {choices.map(([decision, label]) => (
              <label key={decision}>
                <input
                  checked={chosen[String(version.id)] === decision}
                  name={name}
                  onChange={() => setValue({ ...chosen, [String(version.id)]: decision })}
                  type="radio"
                  value={decision}
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
        )
      })}
    </div>
  )
}
