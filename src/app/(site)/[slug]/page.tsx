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
  const page = await pageBySlug((await params).slug)
  if (!page) notFound()
  return <PageView page={page} />
}

export default ContentPage
