import type { GlobalConfig, PayloadRequest, Validate } from 'payload'

import type { KlarkollSettings } from '../types'

import { inUserLanguage } from '../userLanguage'

import { assessmentMethodOptions, exemptionGroundOptions } from './options'

export const statementSlug = 'accessibility-statement'

/** Where complaints go: the supervisory authority's form (DOS-lagen, DIGG). Fixed by law, not editable. */
export const diggComplaintUrl = 'https://www.digg.se/tdosanmalan'

// A field's own validate replaces Payload's, required check included, so it is repeated here.
const httpsUrl: Validate = (value, { req, required }) => {
  if (value === null || value === undefined || value === '') {
    return required
      ? inUserLanguage(req, {
          en: 'Address: fill in an address that starts with https://.',
          sv: 'Adress: fyll i en adress som börjar med https://.',
        })
      : true
  }
  try {
    const url = new URL(String(value))
    if (url.protocol === 'https:') return true
  } catch {
    // fall through to the message
  }
  return inUserLanguage(req, {
    en: 'Address: write a full address that starts with https://.',
    sv: 'Adress: skriv en fullständig adress som börjar med https://.',
  })
}

const email: Validate = (value, { req }) =>
  typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(value)
    ? true
    : inUserLanguage(req, {
        en: 'Feedback e-mail: write a valid e-mail address, for example accessibility@municipality.se.',
        sv: 'E-post för synpunkter: skriv en giltig e-postadress, till exempel tillganglighet@kommun.se.',
      })

/**
 * The parts of the tillgänglighetsredogörelse that are the organisation's to write. The compliance
 * status and the known issues are not typed here: they come from the approved issues.
 */
/** Access for those who may edit the statement and approve issues for it (option canApprove). */
export const approverAccess =
  (settings: KlarkollSettings) =>
  ({ req }: { req: PayloadRequest }): boolean =>
    settings.canApprove(req.user)

export const statementGlobal = (settings: KlarkollSettings): GlobalConfig => {
  const canApprove = approverAccess(settings)
  return {
    slug: statementSlug,
    label: { en: 'Accessibility statement', sv: 'Tillgänglighetsredogörelse' },
    access: { read: ({ req }) => Boolean(req.user), update: canApprove },
    admin: {
      description: {
        en: 'Published at GET /api/accessibility-statement and on the public site. Review it at least once a year.',
        sv: 'Publiceras på GET /api/accessibility-statement och på den publika webbplatsen. Granska den minst en gång om året.',
      },
      group: { en: 'Klarkoll', sv: 'Klarkoll' },
    },
    fields: [
      {
        name: 'organisation',
        type: 'text',
        label: { en: 'Organisation', sv: 'Organisation' },
        required: true,
      },
      {
        name: 'websites',
        type: 'array',
        label: { en: 'Websites covered', sv: 'Webbplatser som redogörelsen gäller' },
        labels: {
          plural: { en: 'Websites', sv: 'Webbplatser' },
          singular: { en: 'Website', sv: 'Webbplats' },
        },
        minRows: 1,
        required: true,
        fields: [
          { name: 'name', type: 'text', label: { en: 'Name', sv: 'Namn' }, required: true },
          {
            name: 'url',
            type: 'text',
            label: { en: 'Address', sv: 'Adress' },
            required: true,
            validate: httpsUrl,
          },
        ],
      },
      {
        name: 'assessment',
        type: 'group',
        label: { en: 'How the site was assessed', sv: 'Hur webbplatsen har granskats' },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'method',
                type: 'select',
                label: { en: 'Method', sv: 'Metod' },
                options: assessmentMethodOptions,
                required: true,
              },
              {
                name: 'assessedAt',
                type: 'date',
                admin: { date: { pickerAppearance: 'dayOnly' } },
                label: { en: 'Assessed on', sv: 'Granskad den' },
                required: true,
              },
            ],
          },
          {
            name: 'description',
            type: 'textarea',
            label: { en: 'What was done', sv: 'Vad som gjordes' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'preparedAt',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayOnly' } },
            label: { en: 'Statement prepared', sv: 'Redogörelsen upprättades' },
            required: true,
          },
          {
            name: 'reviewedAt',
            type: 'date',
            admin: {
              date: { pickerAppearance: 'dayOnly' },
              description: {
                en: 'At least once a year. The klarkoll dashboard warns when a year has passed.',
                sv: 'Minst en gång om året. Klarkolls översikt varnar när ett år har gått.',
              },
            },
            label: { en: 'Last reviewed', sv: 'Senast granskad' },
            required: true,
          },
        ],
      },
      {
        name: 'feedback',
        type: 'group',
        label: {
          en: 'Feedback: report a problem or ask for content in another form',
          sv: 'Synpunkter: rapportera brister eller be om innehåll i annan form',
        },
        fields: [
          {
            name: 'email',
            type: 'text',
            label: { en: 'E-mail', sv: 'E-post' },
            required: true,
            validate: email,
          },
          { name: 'phone', type: 'text', label: { en: 'Phone', sv: 'Telefon' } },
          {
            name: 'formUrl',
            type: 'text',
            label: { en: 'Web form', sv: 'Webbformulär' },
            validate: httpsUrl,
          },
          {
            name: 'responseTime',
            type: 'text',
            label: { en: 'When we answer', sv: 'När vi svarar' },
          },
        ],
      },
      {
        name: 'exemptions',
        type: 'array',
        label: { en: 'Exempted content', sv: 'Undantaget innehåll' },
        labels: {
          plural: { en: 'Exemptions', sv: 'Undantag' },
          singular: { en: 'Exemption', sv: 'Undantag' },
        },
        fields: [
          {
            name: 'ground',
            type: 'select',
            label: { en: 'Ground', sv: 'Grund' },
            options: exemptionGroundOptions,
            required: true,
          },
          {
            name: 'content',
            type: 'text',
            label: { en: 'Content', sv: 'Innehåll' },
            required: true,
          },
          {
            name: 'reason',
            type: 'textarea',
            label: { en: 'Reason', sv: 'Skäl' },
            required: true,
          },
        ],
      },
    ],
  }
}
