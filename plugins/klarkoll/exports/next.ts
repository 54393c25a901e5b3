/**
 * What Next needs to run klarkoll, as `withPayload` does for Payload:
 * `export default withPayload(withKlarkoll(nextConfig))`.
 */

/** Packages Node must load as they are (never bundled by Next). */
export const klarkollServerPackages = [
  // axe-core injects its own source text into a jsdom window, which a bundler's rewritten copy
  // ("module is not defined") cannot do; DOMPurify needs jsdom's window.
  'axe-core',
  'dompurify',
  'jsdom',
  // The rendered-page check (optional): Playwright finds its own files at run time.
  'playwright-core',
  '@axe-core/playwright',
]

type NextConfigLike = { serverExternalPackages?: string[] }

export const withKlarkoll = <Config extends NextConfigLike>(nextConfig: Config): Config => ({
  ...nextConfig,
  serverExternalPackages: [
    ...new Set([...(nextConfig.serverExternalPackages ?? []), ...klarkollServerPackages]),
  ],
})
