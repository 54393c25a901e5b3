import type { CollectionSlug, Field, Validate, Where } from 'payload'

import { originalLanguage, versionLanguages } from './languages'
import { versionTopics } from './topics'

/** Kept by the server: what a client sends for these is dropped. */
const serverOnly = { create: () => false, update: () => false }

/**
 * A version needs its original, and an original has one version per language: two "Lättläst"
 * links to different pages would leave the reader to guess which one is current.
 */
const oneVersionPerLanguage =
  (slug: string): Validate =>
  async (value, { id, req, siblingData }) => {
    const language = (siblingData as Record<string, unknown> | undefined)?.language
    if (!language || language === originalLanguage) return true
    const original = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
    if (original === null || original === undefined || original === '') {
      return 'Välj originalet som den här versionen hör till.'
    }
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: {
        and: [
          { 'languageVersion.original': { equals: original } },
          { 'languageVersion.language': { equals: language } },
          ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
        ],
      },
    })
    const other = docs[0] as unknown as Record<string, unknown> | undefined
    if (!other) return true
    const name = versionLanguages.find((l) => l.code === language)?.name ?? String(language)
    const titleField = req.payload.collections[slug as CollectionSlug]?.config.admin?.useAsTitle
    const title = titleField && typeof other[titleField] === 'string' ? other[titleField] : other.id
    return `Originalet har redan en version på ${name}: ”${String(title)}”. Ett original kan ha en version per språk – uppdatera den i stället.`
  }

/** Where the decisions component is; the host's import map resolves it. */
export const versionDecisionsPath = '@klarkoll/payload-plugin/client#KlarkollVersionDecisions'

/**
 * The `languageVersion` group: which language this document is in, the original it is a version
 * of, the topic coverage is counted by, and when its text last changed (for the staleness of the
 * versions). In the sidebar, under the panel.
 */
export const versionFields = (slug: string): Field => ({
  name: 'languageVersion',
  type: 'group',
  admin: { position: 'sidebar' },
  label: { en: 'Language version', sv: 'Språkversion' },
  fields: [
    {
      name: 'language',
      type: 'select',
      admin: {
        description: {
          en: 'Swedish for the original; a version links to its original below.',
          sv: 'Svenska för originalet. En version kopplas till sitt original nedan.',
        },
      },
      defaultValue: originalLanguage,
      index: true,
      label: { en: 'Language', sv: 'Språk' },
      options: [
        { label: { en: 'Swedish (original)', sv: 'Svenska (original)' }, value: originalLanguage },
        ...versionLanguages.map((language) => ({
          label: {
            en: language.nameEn,
            sv: language.name.charAt(0).toLocaleUpperCase('sv') + language.name.slice(1),
          },
          value: language.code,
        })),
      ],
    },
    {
      name: 'original',
      type: 'relationship',
      admin: {
        condition: (_, sibling) => Boolean(sibling?.language) && sibling.language !== 'sv',
        description: {
          en: 'The Swedish page this is a version of.',
          sv: 'Den svenska sidan som det här är en version av.',
        },
      },
      // Only Swedish originals: a version of a version would have no original to keep up with.
      filterOptions: ({ id }): Where => {
        const originals: Where = { 'languageVersion.language': { equals: originalLanguage } }
        return id ? { and: [originals, { id: { not_equals: id } }] } : originals
      },
      index: true,
      label: { en: 'Original', sv: 'Original' },
      relationTo: slug as CollectionSlug,
      validate: oneVersionPerLanguage(slug),
    },
    {
      name: 'topic',
      type: 'select',
      admin: {
        condition: (_, sibling) => !sibling?.language || sibling.language === 'sv',
        description: {
          en: 'What the page is about, where the municipality must have versions of it.',
          sv: 'Vad sidan handlar om, när kommunen måste ha versioner av den (lättläst, minoritetsspråk).',
        },
      },
      label: { en: 'Topic for versions', sv: 'Ämne för versioner' },
      options: versionTopics.map((topic) => ({ label: topic.label, value: topic.value })),
    },
    {
      name: 'decisions',
      type: 'json',
      admin: {
        components: { Field: versionDecisionsPath },
        condition: (_, sibling) => !sibling?.language || sibling.language === 'sv',
      },
      label: { en: 'Decisions on versions', sv: 'Beslut om versionerna' },
      // Given with a publish of a changed original; carried out then, never stored.
      virtual: true,
    },
    {
      // A fingerprint of the published text: a publish that changes it dates textChangedAt.
      name: 'textHash',
      type: 'text',
      access: serverOnly,
      admin: { hidden: true },
    },
    {
      name: 'textChangedAt',
      type: 'date',
      access: serverOnly,
      admin: { hidden: true },
      label: { en: 'Text last changed', sv: 'Texten ändrades senast' },
    },
    {
      // For versions: when the version was last brought in line with its original (its own text
      // changed, or an editor decided it still holds). Reviews count too (versions/state.ts).
      name: 'syncedAt',
      type: 'date',
      access: serverOnly,
      admin: { hidden: true },
      label: { en: 'In line with the original', sv: 'Stämmer med originalet' },
    },
  ],
})
