import { definePolicyRule, valuesAt } from '@klarkoll/payload-plugin'

type Options = {
  collection: string
  /** Field paths with the name used in the message: `{ 'processingTime.duration': 'handläggningstid' }`. */
  fields: Record<string, string>
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  // An empty Lexical document: a root with no text in it.
  (typeof value === 'object' &&
    !Array.isArray(value) &&
    'root' in (value as object) &&
    !JSON.stringify(value).includes('"text":"'))

export const requiredFields = definePolicyRule<Options>({
  area: 'policy',
  check: ({ doc }, { fields }) =>
    Object.entries(fields).flatMap(([path, name]) =>
      isEmpty(valuesAt(doc, path)[0]?.[1])
        ? [
            {
              message: `Fyll i ${name}. Servicepolicyn lovar att det står innan man börjar.`,
              path,
            },
          ]
        : [],
    ),
  defaultOptions: {
    collection: 'e-services',
    fields: {
      shortDescription: 'vad e-tjänsten är till för (kort beskrivning)',
      whatToHaveReady: 'vad man behöver ha till hands',
    },
  },
  defaultSeverity: 'warning',
  id: 'policy/required-fields',
  meta: {
    help: 'Fälten som servicepolicyn kräver ska vara ifyllda.',
    source: 'Salem S6, Värmdö V8, Härnösand H6; EU 2018/1724 art. 10',
    title: 'Ett fält som policyn kräver är tomt',
    titleEn: 'A field the policy requires is empty',
  },
})
