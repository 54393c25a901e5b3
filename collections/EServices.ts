import type { CollectionConfig } from 'payload'

import { publishableAccess } from '../access'
import { publishedForVisitors } from '../access/publishedForVisitors'
import { checkHttpsUrl } from '../lib/contact/validators'
import { checkProcessingTime, describeProcessingTime } from '../lib/eServices/processingTime'
import { fromCheck, normalise } from './contactDetails/fieldValidation'
import { cpsvApEndpoint, jsonLdEndpoint } from './eServices/endpoints'
import {
  alternativeChannelOptions,
  audienceOptions,
  authenticationOptions,
  confirmationTimeOptions,
  languageOptions,
  statusOptions,
  topicOptions,
} from './eServices/options'
import {
  validateAuthentication,
  validateCostAmount,
  validateShortDescription,
} from './eServices/validation'
import { swedishSlugField } from './fields/swedishSlug'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../lib/revalidateSite'

/**
 * An e-service as the Single Digital Gateway (EU 2018/1724, art. 10) wants it described before
 * login: what it is for, the steps, login and signature, what to have ready, fee, processing
 * time, what happens after, how to appeal and who is responsible.
 */
export const EServices: CollectionConfig = {
  slug: 'e-services',
  labels: {
    singular: { en: 'E-service', sv: 'E-tjänst' },
    plural: { en: 'E-services', sv: 'E-tjänster' },
  },
  admin: {
    defaultColumns: ['title', 'serviceStatus', 'responsibleUnit', '_status', 'updatedAt'],
    group: { en: 'Service', sv: 'Service' },
    useAsTitle: 'title',
  },
  access: publishableAccess,
  endpoints: [cpsvApEndpoint, jsonLdEndpoint],
  hooks: {
    afterChange: [revalidateSiteOnChange('e-services')],
    afterDelete: [revalidateSiteOnDelete('e-services')],
    beforeOperation: [publishedForVisitors],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: {
        description: {
          en: 'Say what the user does: "Apply for a preschool place".',
          sv: 'Säg vad användaren gör: "Ansök om förskoleplats".',
        },
      },
      label: { en: 'Title', sv: 'Rubrik' },
      localized: true,
      maxLength: 120,
      required: true,
    },
    swedishSlugField(),
    {
      name: 'shortDescription',
      type: 'textarea',
      admin: {
        description: {
          en: 'At most 150 characters: what the service is for. Shown in lists and search.',
          sv: 'Högst 150 tecken: vad e-tjänsten är till för. Visas i listor och sökresultat.',
        },
      },
      label: { en: 'Short description', sv: 'Kort beskrivning' },
      localized: true,
      required: true,
      validate: validateShortDescription,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'url',
          type: 'text',
          admin: { placeholder: 'https://e.exempelkommun.se/…', width: '60%' },
          hooks: { beforeChange: [normalise(checkHttpsUrl, (r) => r.url)] },
          label: { en: 'Address of the e-service', sv: 'E-tjänstens adress' },
          required: true,
          validate: fromCheck(checkHttpsUrl),
        },
        {
          // Not "status": drafts already add "_status", and on PostgreSQL both would get the
          // enum type enum_e_services_status.
          name: 'serviceStatus',
          type: 'select',
          admin: { width: '40%' },
          defaultValue: 'aktiv',
          label: { en: 'Status', sv: 'Status' },
          options: statusOptions,
          required: true,
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Before you start', sv: 'Innan du börjar' },
          fields: [
            {
              name: 'steps',
              type: 'richText',
              label: { en: 'How it works (steps)', sv: 'Så går det till (steg)' },
              localized: true,
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'audience',
                  type: 'select',
                  admin: { width: '50%' },
                  hasMany: true,
                  label: { en: 'For whom', sv: 'För vem' },
                  options: audienceOptions,
                },
                {
                  name: 'topics',
                  type: 'select',
                  admin: { width: '50%' },
                  hasMany: true,
                  label: { en: 'Topics', sv: 'Ämnen' },
                  options: topicOptions,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'authentication',
                  type: 'select',
                  admin: { width: '60%' },
                  defaultValue: ['bankid'],
                  hasMany: true,
                  label: { en: 'Login', sv: 'Inloggning' },
                  options: authenticationOptions,
                  required: true,
                  validate: validateAuthentication,
                },
                {
                  name: 'signatureRequired',
                  type: 'checkbox',
                  admin: { width: '40%' },
                  defaultValue: false,
                  label: { en: 'Must be signed', sv: 'Kräver underskrift' },
                },
              ],
            },
            {
              name: 'whatToHaveReady',
              type: 'array',
              fields: [
                {
                  name: 'item',
                  type: 'text',
                  label: { en: 'Item', sv: 'Sak' },
                  localized: true,
                  required: true,
                },
              ],
              label: { en: 'What to have ready', sv: 'Det här behöver du' },
              labels: {
                plural: { en: 'Items', sv: 'Saker' },
                singular: { en: 'Item', sv: 'Sak' },
              },
            },
            {
              name: 'cost',
              type: 'group',
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'free',
                      type: 'checkbox',
                      admin: { width: '30%' },
                      defaultValue: true,
                      label: { en: 'Free of charge', sv: 'Kostnadsfri' },
                    },
                    {
                      name: 'amount',
                      type: 'number',
                      admin: {
                        condition: (_, sibling) => sibling?.free !== true,
                        width: '30%',
                      },
                      label: { en: 'Fee (SEK)', sv: 'Avgift (kronor)' },
                      validate: validateCostAmount,
                    },
                    {
                      name: 'note',
                      type: 'text',
                      admin: { width: '40%' },
                      label: { en: 'About the fee', sv: 'Om avgiften' },
                      localized: true,
                    },
                  ],
                },
              ],
              label: { en: 'Cost', sv: 'Kostnad' },
            },
            {
              name: 'languages',
              type: 'select',
              defaultValue: ['sv'],
              hasMany: true,
              label: { en: 'Languages', sv: 'Språk' },
              options: languageOptions,
            },
          ],
        },
        {
          label: { en: 'After you apply', sv: 'Efter ansökan' },
          fields: [
            {
              name: 'processingTime',
              type: 'group',
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'duration',
                      type: 'text',
                      admin: {
                        description: {
                          en: 'ISO 8601: P8W = eight weeks, P3M = three months, P10D = ten days.',
                          sv: 'ISO 8601: P8W = åtta veckor, P3M = tre månader, P10D = tio dagar.',
                        },
                        placeholder: 'P8W',
                        width: '30%',
                      },
                      hooks: { beforeChange: [normalise(checkProcessingTime, (r) => r.iso)] },
                      label: { en: 'Processing time', sv: 'Handläggningstid' },
                      validate: fromCheck(checkProcessingTime),
                    },
                    {
                      name: 'text',
                      type: 'text',
                      admin: {
                        description: {
                          en: 'In words; left empty, the duration is written out.',
                          sv: 'Med ord; lämnas fältet tomt skrivs perioden ut, t.ex. "åtta veckor".',
                        },
                        width: '70%',
                      },
                      label: { en: 'Processing time in words', sv: 'Handläggningstid i text' },
                      localized: true,
                    },
                  ],
                },
                {
                  // For the public site: the editor's words, else the duration written out.
                  name: 'summary',
                  type: 'text',
                  admin: { hidden: true },
                  hooks: {
                    afterRead: [
                      ({ siblingData }) =>
                        siblingData?.text || describeProcessingTime(siblingData?.duration),
                    ],
                  },
                  virtual: true,
                },
              ],
              label: { en: 'Processing time', sv: 'Handläggningstid' },
            },
            {
              name: 'afterApplying',
              type: 'group',
              fields: [
                {
                  name: 'confirmationTime',
                  type: 'select',
                  admin: {
                    description: {
                      en: 'How soon the applicant is told the application has arrived.',
                      sv: 'Hur snart den som söker får besked om att ansökan har kommit in.',
                    },
                  },
                  label: { en: 'Confirmation sent', sv: 'Bekräftelsen skickas' },
                  options: confirmationTimeOptions.map(({ label, value }) => ({ label, value })),
                },
                {
                  name: 'confirmation',
                  type: 'textarea',
                  label: { en: 'Confirmation', sv: 'Bekräftelse' },
                  localized: true,
                },
                {
                  name: 'decision',
                  type: 'textarea',
                  label: { en: 'Decision', sv: 'Beslut' },
                  localized: true,
                },
                {
                  name: 'handledBy',
                  type: 'text',
                  label: { en: 'Who handles it', sv: 'Vem handlägger' },
                  localized: true,
                },
              ],
              label: { en: 'What happens after you apply', sv: 'Det här händer sedan' },
            },
            {
              name: 'appeal',
              type: 'textarea',
              label: { en: 'How to appeal', sv: 'Så överklagar du' },
              localized: true,
            },
          ],
        },
        {
          label: { en: 'Contact and other ways', sv: 'Kontakt och andra vägar' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'responsibleUnit',
                  type: 'relationship',
                  admin: { width: '50%' },
                  label: { en: 'Responsible unit', sv: 'Ansvarig enhet' },
                  relationTo: 'contact-details',
                  required: true,
                },
                {
                  name: 'supportContact',
                  type: 'relationship',
                  admin: {
                    description: {
                      en: 'Who helps when the e-service does not work.',
                      sv: 'Vem som hjälper till när e-tjänsten krånglar.',
                    },
                    width: '50%',
                  },
                  label: { en: 'Support', sv: 'Support' },
                  relationTo: 'contact-details',
                },
              ],
            },
            {
              name: 'alternativeChannels',
              type: 'array',
              admin: {
                components: { RowLabel: '/collections/admin/RowLabels#AlternativeChannelRowLabel' },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'kind',
                      type: 'select',
                      admin: { width: '30%' },
                      label: { en: 'Way', sv: 'Väg' },
                      options: alternativeChannelOptions,
                      required: true,
                    },
                    {
                      name: 'description',
                      type: 'text',
                      admin: { width: '70%' },
                      label: { en: 'Description', sv: 'Beskrivning' },
                      localized: true,
                      required: true,
                    },
                  ],
                },
                {
                  name: 'url',
                  type: 'text',
                  admin: {
                    description: {
                      en: 'For example the paper form to print.',
                      sv: 'Till exempel blanketten att skriva ut.',
                    },
                    placeholder: 'https://',
                  },
                  hooks: { beforeChange: [normalise(checkHttpsUrl, (r) => r.url)] },
                  label: { en: 'Link (optional)', sv: 'Länk (valfri)' },
                  validate: fromCheck(checkHttpsUrl),
                },
              ],
              label: {
                en: 'Other ways to apply',
                sv: 'Andra sätt att ansöka',
              },
              labels: {
                plural: { en: 'Other ways', sv: 'Andra sätt' },
                singular: { en: 'Other way', sv: 'Annat sätt' },
              },
            },
          ],
        },
      ],
    },
  ],
}
