import type { TextStateFeature } from '@payloadcms/richtext-lexical'

type StateValues = NonNullable<Parameters<typeof TextStateFeature>[0]>['state'][string]

/**
 * The text colours editors may pick in a page's body (Lexical text state "color"). Profilgrön is
 * the municipality's brand colour: 3.5:1 against white passes WCAG 1.4.3 only for large text, so
 * whether it is allowed depends on the rendered size — the rendered-page check in Chromium is what
 * catches it in body text.
 */
export const textColors: StateValues = {
  morkbla: { css: { color: '#1a4f8b' }, label: 'Mörkblå' },
  morkrod: { css: { color: '#a3161b' }, label: 'Mörkröd (varning)' },
  profilgron: { css: { color: '#3d9a47' }, label: 'Profilgrön (bara stor text)' },
}

/** Every text state the public site renders, keyed as in Lexical's JSON (`$: { color: … }`). */
export const textStates = { color: textColors }
