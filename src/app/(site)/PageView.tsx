import type { SitePage } from './data'

/** A content page: title, ingress and the body HTML the checks were run on. */
export const PageView = ({ page }: { page: SitePage }) => (
  <article className="page">
    <h1>{page.title}</h1>
    {page.ingress ? <p className="ingress">{page.ingress}</p> : null}
    <div className="body" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
  </article>
)
