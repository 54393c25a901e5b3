import type { Endpoint, PayloadRequest } from 'payload'

import type { RuleSettings } from '../analysis/config'
import type { AnalysisInput } from '../analysis/types'
import type { KlarkollSettings } from '../types'

import { RuleConfigError } from '../analysis/config'
import { extractLexical } from '../analysis/extract/lexical'
import { textToBlocks } from '../analysis/extract/plainText'
import { htmlInput } from '../check/htmlInput'
import { lexicalToHtml } from '../check/lexicalHtml'
import { runChecks } from '../check/runChecks'
import { presets, resolvePreset } from '../presets'

/** The text rules run on this thread: as much text as a page may hold (the input guard's limit). */
const maxLength = 200_000
/** axe and jsdom cost far more per byte than the text rules: a real page is 20–60 kB of HTML. */
const maxHtmlLength = 200_000
/**
 * This endpoint answers tools and integrations within 1 s (0.9 s of work, the rest for reading
 * the request and writing the answer). A report not ready by then is a 202 with Retry-After: the
 * worker jobs go on within their budgets and are remembered, so the same request later gets it.
 */
const analyzeAnswerMs = 900
const maxLexicalDepth = 100

type Refusal = { message: string; status: 400 | 413 }

/** Depth and text length of a Lexical document, walked with an explicit stack. */
const lexicalSize = (value: unknown) => {
  const stack: Array<{ depth: number; node: unknown }> = [{ depth: 0, node: value }]
  let depth = 0
  let characters = 0
  while (stack.length > 0) {
    const { depth: at, node } = stack.pop()!
    if (!node || typeof node !== 'object') continue
    depth = Math.max(depth, at)
    if (depth > maxLexicalDepth) break
    const { children, root, text } = node as { children?: unknown; root?: unknown; text?: unknown }
    if (typeof text === 'string') characters += text.length
    if (root) stack.push({ depth: at + 1, node: root })
    if (Array.isArray(children))
      for (const child of children) stack.push({ depth: at + 1, node: child })
  }
  return { characters, depth }
}

// A named preset resolves to the same settings every time: keep the object, so the engines'
// per-settings caches hold across requests instead of resolving the rules on each one.
const resolvedPresets = new Map<string, RuleSettings>()
const presetRules = (name: string): RuleSettings => {
  let rules = resolvedPresets.get(name)
  if (!rules) {
    rules = resolvePreset(name)
    resolvedPresets.set(name, rules)
  }
  return rules
}

const reply = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store', ...headers }, status })
const refuse = (message: string, status = 400) => reply({ errors: [{ message }] }, status)

type Body = { html?: unknown; lang?: unknown; lexical?: unknown; preset?: unknown; text?: unknown }

const readBody = async (req: PayloadRequest): Promise<Body | Response> => {
  let body: unknown
  try {
    body = typeof req.json === 'function' ? await req.json() : undefined
  } catch {
    return refuse('Kroppen är inte giltig JSON. Skicka till exempel {"text": "Din text här."}.')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return refuse('Skicka ett JSON-objekt med "text", "lexical" eller "html".')
  }
  return body as Body
}

const inputOf = async (body: Body, lang: string | undefined): Promise<AnalysisInput | Refusal> => {
  const bad = (message: string, status: 400 | 413 = 400): Refusal => ({ message, status })
  const given = (['text', 'lexical', 'html'] as const).filter((key) => body[key] !== undefined)
  if (given.length !== 1) {
    return bad(
      given.length === 0
        ? 'Ange texten att granska i "text", "lexical" (Lexical-JSON) eller "html".'
        : `Ange bara ett av "text", "lexical" och "html" (du skickade ${given.join(' och ')}).`,
    )
  }
  const [key] = given as [keyof Body]
  const value = body[key]
  if (key === 'lexical') {
    const root = (value as { root?: { children?: unknown } } | null)?.root
    if (!root || typeof root !== 'object' || !Array.isArray(root.children)) {
      return bad('"lexical" ska vara ett Lexical-dokument: {"root": {"children": [...]}}.')
    }
    const size = lexicalSize(value)
    if (size.depth > maxLexicalDepth) {
      return bad(`"lexical" är nästlat i mer än ${maxLexicalDepth} nivåer.`)
    }
    if (size.characters > maxLength) return bad('Texten är för lång (högst 200 000 tecken).', 413)
    return { blocks: extractLexical(value, 'lexical', lang), ...(lang ? { lang } : {}) }
  }
  if (typeof value !== 'string') return bad(`"${key}" ska vara en textsträng.`)
  if (key === 'html' && value.length > maxHtmlLength) {
    return bad(
      `HTML-koden är för stor för tillgänglighetskontrollen (högst ${maxHtmlLength / 1000} kB). Granska sidan i delar.`,
      413,
    )
  }
  if (key !== 'html' && value.length > maxLength) {
    return bad('Texten är för lång (högst 200 000 tecken).', 413)
  }
  if (key === 'html') {
    try {
      return await htmlInput(value, lang)
    } catch {
      return bad('HTML-koden gick inte att läsa inom 10 s. Granska sidan i delar.', 413)
    }
  }
  return { blocks: textToBlocks(value, 'text', lang), ...(lang ? { lang } : {}) }
}

/** The report for the request's text, Lexical document or HTML; a refusal for bad input. */
const reportFor = async (
  req: PayloadRequest,
  body: Body,
  { preset, rules, settings }: { preset: string; rules: RuleSettings; settings: KlarkollSettings },
): Promise<Response> => {
  const input = await inputOf(body, body.lang as string | undefined)
  if ('status' in input) return refuse(input.message, input.status)
  const path = body.html !== undefined ? 'html' : body.lexical !== undefined ? 'lexical' : 'text'
  return reply(
    await runChecks({
      areas: ['klarsprak', 'a11y'],
      // Accessibility needs markup: the HTML as sent, or the Lexical document rendered to HTML.
      html: async () => {
        const html =
          typeof body.html === 'string'
            ? body.html
            : body.lexical !== undefined
              ? await lexicalToHtml(body.lexical, req)
              : ''
        return html ? [{ html, path }] : []
      },
      input,
      logger: req.payload.logger,
      mainField: path,
      preset,
      rules,
      settings,
    }),
  )
}

/**
 * POST /api/klarkoll/analyze — the report the gate would store, for a text, a Lexical document
 * or an HTML fragment. Signed-in users only; `preset` picks another policy than the site's.
 */
export const analyzeEndpoint = (settings: KlarkollSettings): Endpoint => ({
  handler: async (req) => {
    if (!req.user) return refuse('Logga in för att använda granskningen.', 401)
    const body = await readBody(req)
    if (body instanceof Response) return body
    if (
      body.lang !== undefined &&
      (typeof body.lang !== 'string' || !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(body.lang))
    ) {
      return refuse('"lang" ska vara en språkkod som "sv" eller "en".')
    }
    let rules: RuleSettings = settings.rules
    let preset = settings.preset
    if (body.preset !== undefined) {
      if (typeof body.preset !== 'string' || !(body.preset in presets)) {
        return refuse(
          `Okänd policy "${String(body.preset)}". Policyer som finns: ${Object.keys(presets).join(', ')}.`,
        )
      }
      try {
        rules = presetRules(body.preset)
      } catch (error) {
        return refuse(
          error instanceof RuleConfigError ? error.message : 'Policyn kunde inte läsas.',
        )
      }
      preset = body.preset
    }
    const answer = reportFor(req, body, { preset, rules, settings })
    let timer: NodeJS.Timeout | undefined
    const due = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), analyzeAnswerMs)
    })
    const response = await Promise.race([answer, due]).finally(() => clearTimeout(timer))
    if (response) return response
    // The jobs go on and are remembered; what becomes of this answer is the next request's.
    answer.catch(() => undefined)
    return reply(
      {
        message:
          'Granskningen tar mer än en sekund och fortsätter. Skicka samma förfrågan igen om några sekunder, så får du rapporten.',
      },
      202,
      { 'Retry-After': '3' },
    )
  },
  method: 'post',
  path: '/klarkoll/analyze',
})
