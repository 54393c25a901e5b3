import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { publishedPage } from './data'
import { PageView } from './PageView'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Startsida' }

const StartPage = async () => {
  const page = await publishedPage('start')
  if (!page) notFound()
  return <PageView page={page} />
}

export default StartPage
