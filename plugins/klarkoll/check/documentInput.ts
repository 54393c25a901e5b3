import type { AnalysisInput, Block } from '../analysis/types'
import type { TextFieldRef } from './textFields'

import { extractLexical } from '../analysis/extract/lexical'
import { textToBlocks } from '../analysis/extract/plainText'
import { valuesAt } from './textFields'

/**
 * A document's checked fields as the engine's input: the title as the top heading, plain text
 * split into paragraphs and list items, rich text through the Lexical extractor. The ingress
 * field (ingressFieldOf) becomes the ingress the ingress rule looks at.
 */
export const documentInput = (
  data: Record<string, unknown>,
  fields: TextFieldRef[],
  { ingressField, lang, titleField }: { ingressField?: string; lang?: string; titleField?: string },
): AnalysisInput => {
  const blocks: Block[] = []
  let ingress: AnalysisInput['ingress']
  for (const field of fields) {
    for (const [path, value] of valuesAt(data, field.path)) {
      if (field.type === 'richText') {
        blocks.push(...extractLexical(value, path, lang))
        continue
      }
      if (ingressField !== undefined && path === ingressField) {
        // The ingress rule reads it on its own; LIX and the sentence rules read it as prose.
        ingress = { path, text: typeof value === 'string' ? value : '' }
      }
      if (typeof value !== 'string' || value.trim() === '') continue
      if (path === titleField) {
        blocks.push({ kind: 'heading', level: 1, path, text: value, ...(lang ? { lang } : {}) })
        continue
      }
      blocks.push(...textToBlocks(value, path, lang))
    }
  }
  if (
    ingress === undefined &&
    ingressField !== undefined &&
    fields.some((f) => f.path === ingressField)
  ) {
    ingress = null
  }
  return { blocks, ingress, ...(lang ? { lang } : {}) }
}

/** The field a finding belongs to: `body.root.children.3` → `body`. */
export const fieldOfPath = (path: string): string => {
  const at = path.indexOf('.root')
  return at === -1 ? path : path.slice(0, at)
}
