'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import {
  alternativeChannelRowText,
  channelRowText,
  exceptionRowText,
  intervalText,
  type Language,
  periodRowText,
  weeklyRowText,
} from './rowLabelTexts'

/** The row's own summary, or "Rad 3" until the editor has filled something in. */
const useRowText = <T,>(summary: (data: T, language: Language) => string) => {
  const { data, rowNumber } = useRowLabel<T>()
  const { i18n } = useTranslation()
  const language: Language = i18n.language === 'en' ? 'en' : 'sv'
  const text = summary(data, language)
  const fallback = `${language === 'en' ? 'Row' : 'Rad'} ${(rowNumber ?? 0) + 1}`
  return <span className="row-label">{text || fallback}</span>
}

export const WeeklyRowLabel = () => useRowText(weeklyRowText)
export const IntervalRowLabel = () =>
  useRowText((row: { from?: unknown; to?: unknown }) => intervalText(row))
export const PeriodRowLabel = () => useRowText(periodRowText)
export const ExceptionRowLabel = () => useRowText(exceptionRowText)
export const AlternativeChannelRowLabel = () => useRowText(alternativeChannelRowText)

/** Blocks pass their type in the row data. */
export const ChannelRowLabel = () =>
  useRowText((row: Parameters<typeof channelRowText>[1] & { blockType?: string }, language) =>
    channelRowText(row?.blockType ?? '', row, language),
  )
