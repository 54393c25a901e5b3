import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { pageBySlug, pageFamily } from './api'
import { PageView } from './PageView'

export const metadata: Metadata = { title: 'Start' }

/** The start page is the page with the address "start". */
const StartPage = async () => {
  // Rendered per request (never at build time, when the API is not up); the API answers are
  // cached by tag and revalidated when something is published.
  await connection()
  const page = await pageBySlug('start')
  if (!page) notFound()
  return <PageView page={page} versions={await pageFamily(page)} />
}

export default StartPage
