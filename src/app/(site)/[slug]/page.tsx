import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { pageBySlug, pageFamily } from '../api'
import { PageView } from '../PageView'
import { versionLanguage } from '@klarkoll/payload-plugin'
import { pagePath } from '../../../../lib/site'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const page = await pageBySlug((await params).slug)
  if (!page) return { title: 'Sidan finns inte' }
  return { alternates: { languages: await alternates(page) }, title: page.title }
}

/** hreflang alternates for search engines: one per language (lättläst is Swedish, like its original). */
const alternates = async (page: NonNullable<Awaited<ReturnType<typeof pageBySlug>>>) => {
  const languages: Record<string, string> = {}
  for (const member of [
    { code: page.languageVersion?.language ?? 'sv', slug: page.slug },
    ...(await pageFamily(page)),
  ]) {
    const lang = versionLanguage(member.code)?.lang ?? 'sv'
    const path = pagePath(member.slug)
    if (path && member.code !== 'lattlast' && !languages[lang]) languages[lang] = path
  }
  return Object.keys(languages).length > 1 ? languages : undefined
}

const ContentPage = async ({ params }: Props) => {
  await connection()
  const { slug } = await params
  const [page, english] = await Promise.all([pageBySlug(slug), pageBySlug(slug, 'en')])
  if (!page) notFound()
  return (
    <PageView
      english={english ? `/en/${slug}` : undefined}
      page={page}
      versions={await pageFamily(page)}
    />
  )
}

export default ContentPage
