import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { pageBySlug } from '../api'
import { PageView } from '../PageView'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const page = await pageBySlug((await params).slug)
  return { title: page?.title ?? 'Sidan finns inte' }
}

const ContentPage = async ({ params }: Props) => {
  await connection()
  const { slug } = await params
  const [page, english] = await Promise.all([pageBySlug(slug), pageBySlug(slug, 'en')])
  if (!page) notFound()
  return <PageView english={english ? `/en/${slug}` : undefined} page={page} />
}

export default ContentPage
