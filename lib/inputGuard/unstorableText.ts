import type { ValidationFieldError } from 'payload'

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Why PostgreSQL cannot store or compare this text, or null. */
export const problemIn = (text: string): null | string =>
  text.includes('\u0000')
    ? 'innehåller tecknet NUL (\\u0000), som inte kan sparas. Ta bort det och försök igen.'
    : !loneSurrogate.test(text)
      ? null
      : 'innehåller ett trasigt tecken (ett ensamt surrogattecken i UTF-16), som inte kan sparas.'

/**
 * Finds text that PostgreSQL refuses to store: NUL characters (in text and JSON columns) and lone
 * UTF-16 surrogates (in JSON columns, such as rich text). Either one would otherwise fail the
 * write with a 500. Walks the data without recursion: rich text may be thousands of levels deep
 * before its own limits are checked. Reports each top-level field once.
 */
export const unstorableText = (data: Record<string, unknown>): ValidationFieldError[] => {
  const problems: ValidationFieldError[] = []
  for (const [field, value] of Object.entries(data)) {
    const keyProblem = problemIn(field)
    if (keyProblem) {
      problems.push({ message: `Fältnamnet ${JSON.stringify(field)} ${keyProblem}`, path: field })
      continue
    }
    const stack: unknown[] = [value]
    while (stack.length > 0) {
      const next = stack.pop()
      const problem = typeof next === 'string' ? problemIn(next) : null
      if (problem) {
        problems.push({ message: `${field}: ${problem}`, path: field })
        break
      }
      if (typeof next !== 'object' || next === null) continue
      if (Array.isArray(next)) {
        for (const item of next) stack.push(item)
        continue
      }
      for (const [key, inner] of Object.entries(next)) {
        stack.push(key, inner)
      }
    }
  }
  return problems
}
