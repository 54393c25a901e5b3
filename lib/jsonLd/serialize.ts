/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify alone lets editor text
 * such as "</script><script>…" end the element early; escaping <, > and & as \u003c … keeps the
 * same JSON value while no HTML parser can see a tag in it. U+2028/2029 are escaped for old
 * JavaScript parsers that treat them as line ends.
 */
export const serializeJsonLd = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
