import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { publishedPage } from '../data'
import { PageView } from '../PageView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const page = await publishedPage((await params).slug)
  return { title: page?.title ?? 'Sidan finns inte' }
}

const ContentPage = async ({ params }: Props) => {
  const page = await publishedPage((await params).slug)
  if (!page) notFound()
  return <PageView page={page} />
}

export default ContentPage
