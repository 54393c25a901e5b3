'use client'
import { useTranslation } from '@payloadcms/ui'
import React from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

/**
 * Date fields in the editor's language from the first render: Payload registers the date
 * picker's locale in an effect, after the fields have rendered, so a stored date showed as
 * "1 Dec 2026" in the Swedish admin until something re-rendered it.
 */
export const DatePickerLocale = ({ children }: { children?: React.ReactNode }) => {
  const { i18n } = useTranslation()
  if (i18n.dateFNS) {
    const key = i18n.language === 'en' ? 'enUS' : i18n.language
    registerLocale(key, i18n.dateFNS)
    setDefaultLocale(key)
  }
  return <>{children}</>
}
