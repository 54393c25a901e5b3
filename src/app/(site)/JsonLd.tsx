/** schema.org data for search engines; `<` escaped so the text cannot end the script element. */
export const JsonLd = ({ json }: { json: null | string }) =>
  json ? (
    <script
      dangerouslySetInnerHTML={{ __html: json.replace(/</g, '\\u003c') }}
      type="application/ld+json"
    />
  ) : null
