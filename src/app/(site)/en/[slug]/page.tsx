import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { pageBySlug } from '../../api'
import { PageView } from '../../PageView'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const page = await pageBySlug((await params).slug, 'en')
  return { title: page?.title ?? 'Sidan finns inte' }
}

/** A page's English version, where the editors wrote one; marked lang="en" for screen readers. */
const EnglishPage = async ({ params }: Props) => {
  await connection()
  const page = await pageBySlug((await params).slug, 'en')
  if (!page) notFound()
  return <PageView lang="en" page={page} />
}

export default EnglishPage
