import type { Metadata } from 'next'

import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'

import { draftPage } from '../../../api'
import { PageView } from '../../../PageView'
import { RefreshOnSave } from '../../RefreshOnSave'

export const metadata: Metadata = {
  robots: { follow: false, index: false },
  title: 'Förhandsvisning',
}

type Props = { params: Promise<{ id: string }> }

/**
 * Live preview of a page's latest draft, in the admin's preview pane. Only for signed-in users
 * whose token may read drafts; everyone else gets the ordinary 404.
 */
const PreviewPage = async ({ params }: Props) => {
  const token = (await cookies()).get('payload-token')?.value
  if (!token) notFound()
  const page = await draftPage((await params).id, token)
  if (!page) notFound()
  return (
    <>
      <p className="notice" role="note">
        Förhandsvisning av ett utkast. Besökare ser den publicerade versionen.
      </p>
      <PageView page={page} />
      <RefreshOnSave />
    </>
  )
}

export default PreviewPage
