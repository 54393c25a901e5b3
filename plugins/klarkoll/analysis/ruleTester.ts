import type { Rule } from './rule'
import type { Block, Finding, Severity } from './types'

import { analyze } from './analyze'

/** What an invalid example must give, finding by finding, in order; only the fields named. */
export type ExpectedFinding = {
  excerpt?: string
  message?: RegExp | string
  path?: string
  replacement?: string
  severity?: Severity
  suggestion?: string
  wcag?: string
}

type WithOptions<Input> = Input & { options?: Record<string, unknown> }

export type RuleExamples<Input> = {
  invalid: Array<WithOptions<Input> & { findings: ExpectedFinding[] }>
  valid: Array<WithOptions<Input>>
}

const fields = [
  'excerpt',
  'message',
  'path',
  'replacement',
  'severity',
  'suggestion',
  'wcag',
] as const

const shown = (value: unknown) => (value instanceof RegExp ? String(value) : JSON.stringify(value))

/** Where a finding differs from what was expected, or null. */
const difference = (found: Finding, expected: ExpectedFinding): null | string => {
  for (const field of fields) {
    const want = expected[field]
    if (want === undefined) continue
    const got = found[field]
    const same = want instanceof RegExp ? typeof got === 'string' && want.test(got) : got === want
    if (!same) return `${field}: väntade ${shown(want)}, fick ${shown(got)}`
  }
  return null
}

/**
 * Runs a rule's examples, as ESLint's RuleTester does: every valid example gives no finding,
 * every invalid one exactly the findings listed. `run` gives the rule's findings for one example.
 * Throws one error that lists every example that did not hold (Swedish, with what was found).
 */
export const checkExamples = async <Input>(
  ruleId: string,
  { invalid, valid }: RuleExamples<Input>,
  describe: (example: Input) => string,
  run: (example: WithOptions<Input>) => Finding[] | Promise<Finding[]>,
): Promise<void> => {
  if (valid.length === 0 || invalid.length === 0) {
    throw new Error(`${ruleId}: en regel behöver minst ett giltigt och ett ogiltigt exempel.`)
  }
  const problems: string[] = []
  for (const example of valid) {
    const found = (await run(example)).filter((f) => f.ruleId === ruleId)
    if (found.length > 0) {
      problems.push(
        `giltigt ${describe(example)} gav ${found.length} fynd: ${found.map((f) => f.message).join(' | ')}`,
      )
    }
  }
  for (const example of invalid) {
    const found = (await run(example)).filter((f) => f.ruleId === ruleId)
    if (found.length !== example.findings.length) {
      problems.push(
        `ogiltigt ${describe(example)} gav ${found.length} fynd, väntade ${example.findings.length}: ${found.map((f) => f.message).join(' | ') || 'inga'}`,
      )
      continue
    }
    example.findings.forEach((expected, i) => {
      const diff = difference(found[i]!, expected)
      if (diff) problems.push(`ogiltigt ${describe(example)}, fynd ${i + 1}: ${diff}`)
    })
  }
  if (problems.length > 0) throw new Error(`${ruleId}:\n- ${problems.join('\n- ')}`)
}

export type TextExample = {
  /** Paragraphs, one per string; a string that starts with "## " is a heading of that level. */
  text: string | string[]
  /** The document's ingress; leave out for a document type without one. */
  ingress?: null | string
}

const paragraphs = (text: string | string[]): Block[] =>
  (Array.isArray(text) ? text : [text]).map((t, i) => {
    const heading = /^(#{1,6}) (.*)$/su.exec(t)
    return heading
      ? { kind: 'heading', level: heading[1]!.length, path: `body.${i}`, text: heading[2]! }
      : { kind: 'paragraph', path: `body.${i}`, text: t }
  })

/**
 * The rule tester for klarspråk rules, the package's and a host's own: each example's text runs
 * through the engine with only this rule on, at its default level, with the example's options.
 */
export const testRule = <Options extends object>(
  rule: Rule<Options>,
  examples: RuleExamples<string | TextExample>,
): Promise<void> =>
  checkExamples(
    rule.id,
    examples,
    (example) => shown(typeof example === 'string' ? example : example.text),
    (example) => {
      const { ingress, options, text } =
        typeof example === 'string' ? { text: example } : (example as WithOptions<TextExample>)
      return analyze(
        {
          blocks: paragraphs(text),
          ...(ingress !== undefined
            ? { ingress: ingress === null ? null : { path: 'ingress', text: ingress } }
            : {}),
        },
        {
          ruleSet: [rule as unknown as Rule<object>],
          rules: { [rule.id]: [rule.defaultSeverity, options ?? {}] },
        },
      ).findings
    },
  )
