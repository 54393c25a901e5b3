import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  Validate,
} from 'payload'

import type { KlarkollSettings } from '../types'
import type { IssueStatus } from './compliance'

import { approverAccess } from './global'
import { issueStatusOptions } from './options'
import { situations } from './situations'
import { wcag21, wcagLabel } from './wcag'
import { type Bilingual, inUserLanguage } from '../userLanguage'

export const issuesSlug = 'accessibility-issues'

export type ReviewState = 'avvisad' | 'forslag' | 'godkand'

type IssueData = {
  approvedAt?: null | string
  approvedBy?: unknown
  review?: ReviewState
  status?: IssueStatus
}

/** Required once the issue is approved: a proposal from the checks has no date or reason yet. */
const requiredWhen =
  (status: IssueStatus[], message: Bilingual): Validate =>
  (value, { req, siblingData }) => {
    const { review, status: current } = siblingData as IssueData
    if (
      review === 'godkand' &&
      current &&
      status.includes(current) &&
      (value === null || value === undefined || value === '')
    ) {
      return inUserLanguage(req, message)
    }
    return true
  }

/** Who approved and when is set by the server, never taken from the request. */
const stampApproval: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const next = data as IssueData
  const before = originalDoc as IssueData | undefined
  if (next.review === 'godkand' && before?.review !== 'godkand') {
    next.approvedAt = new Date().toISOString()
    next.approvedBy = req.user?.id ?? null
  } else if (next.review !== 'godkand') {
    next.approvedAt = null
    next.approvedBy = null
  } else {
    next.approvedAt = before?.approvedAt ?? null
    next.approvedBy = before?.approvedBy ?? null
  }
  return data
}

/**
 * Known accessibility issues for the statement. Automated findings arrive as proposals; only
 * approved entries reach the public statement (automated checks never prove conformance).
 */
export const issuesCollection = (
  settings: KlarkollSettings,
  usersSlug: string,
): CollectionConfig => {
  const canApprove = approverAccess(settings)
  const affectable = Object.keys(settings.collections)
  return {
    slug: issuesSlug,
    labels: {
      plural: { en: 'Known accessibility issues', sv: 'Kända tillgänglighetsbrister' },
      singular: { en: 'Known accessibility issue', sv: 'Känd tillgänglighetsbrist' },
    },
    access: {
      create: ({ req }) => Boolean(req.user),
      delete: canApprove,
      read: ({ req }) => Boolean(req.user),
      // An approved issue is part of the published statement: setting it to "åtgärdad" turned
      // "delvis förenlig" into "helt förenlig". Only approvers change it; others, the rest.
      update: ({ req }) =>
        canApprove({ req }) || (Boolean(req.user) && { review: { not_equals: 'godkand' } }),
    },
    admin: {
      defaultColumns: ['summary', 'wcag', 'status', 'review', 'source', 'updatedAt'],
      description: {
        en: 'Only approved issues are published in the accessibility statement.',
        sv: 'Bara godkända brister publiceras i tillgänglighetsredogörelsen.',
      },
      group: { en: 'Klarkoll', sv: 'Klarkoll' },
      listSearchableFields: ['summary', 'description'],
      useAsTitle: 'summary',
    },
    hooks: { beforeChange: [stampApproval] },
    fields: [
      {
        name: 'summary',
        type: 'text',
        label: { en: 'Short description', sv: 'Kort beskrivning' },
        maxLength: 120,
        required: true,
      },
      {
        name: 'wcag',
        type: 'select',
        index: true,
        label: { en: 'WCAG success criterion', sv: 'Framgångskriterium i WCAG' },
        options: wcag21.map((criterion) => ({ label: wcagLabel(criterion), value: criterion.id })),
      },
      {
        name: 'description',
        type: 'textarea',
        admin: {
          description: {
            en: 'What does not work, for whom, in plain Swedish.',
            sv: 'Vad som inte fungerar och för vem, på enkel svenska.',
          },
        },
        label: { en: 'Description', sv: 'Beskrivning' },
        required: true,
      },
      {
        name: 'situations',
        type: 'select',
        hasMany: true,
        label: { en: 'Usage situations', sv: 'Användningssituationer' },
        options: situations.map((situation) => ({
          label: situation.label,
          value: situation.value,
        })),
      },
      ...(affectable.length > 0
        ? [
            {
              name: 'affects',
              type: 'relationship',
              hasMany: true,
              label: { en: 'Affected pages and documents', sv: 'Berörda sidor och dokument' },
              relationTo: affectable as CollectionSlug[],
            } satisfies Field,
          ]
        : []),
      {
        name: 'locations',
        type: 'textarea',
        label: {
          en: 'Other places (one address per line)',
          sv: 'Andra ställen (en adress per rad)',
        },
      },
      {
        name: 'alternative',
        type: 'textarea',
        label: {
          en: 'Accessible alternative',
          sv: 'Tillgängligt alternativ',
        },
        admin: {
          description: {
            en: 'How a visitor gets the content another way meanwhile.',
            sv: 'Hur besökaren får innehållet på annat sätt så länge.',
          },
        },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'status',
            type: 'select',
            defaultValue: 'planerad',
            index: true,
            label: { en: 'Status', sv: 'Status' },
            options: issueStatusOptions,
            required: true,
          },
          {
            name: 'fixBy',
            type: 'date',
            admin: {
              condition: (_, sibling) => (sibling as IssueData)?.status === 'planerad',
              date: { pickerAppearance: 'dayOnly' },
            },
            label: { en: 'To be fixed by', sv: 'Åtgärdas senast' },
            validate: requiredWhen(['planerad'], {
              en: 'To be fixed by: give the date the issue will be fixed by.',
              sv: 'Åtgärdas senast: ange när bristen ska vara åtgärdad.',
            }),
          },
        ],
      },
      {
        name: 'reason',
        type: 'textarea',
        admin: {
          condition: (_, sibling) =>
            ['undantag-12', 'undantag-9'].includes((sibling as IssueData)?.status ?? ''),
        },
        label: { en: 'Reason for the exemption', sv: 'Skäl för undantaget' },
        validate: requiredWhen(['undantag-12', 'undantag-9'], {
          en: 'Reason for the exemption: write why the content is exempted.',
          sv: 'Skäl för undantaget: skriv varför innehållet är undantaget.',
        }),
      },
      {
        type: 'row',
        fields: [
          {
            name: 'source',
            type: 'select',
            defaultValue: 'manuell',
            label: { en: 'Found by', sv: 'Hittad genom' },
            options: [
              { label: { en: 'Automated check', sv: 'Automatisk kontroll' }, value: 'automatisk' },
              { label: { en: 'Manual review', sv: 'Manuell granskning' }, value: 'manuell' },
              {
                label: { en: 'Visitor feedback', sv: 'Synpunkt från besökare' },
                value: 'anvandare',
              },
            ],
            required: true,
          },
          {
            name: 'ruleId',
            type: 'text',
            admin: { readOnly: true },
            index: true,
            label: { en: 'Rule', sv: 'Regel' },
          },
        ],
      },
      {
        // "<collection>:<id>:<rule>" for proposals from the rendered-page check, so a later run
        // updates the same proposal instead of adding another.
        name: 'checkKey',
        type: 'text',
        admin: { hidden: true },
        index: true,
      },
      {
        name: 'review',
        type: 'select',
        access: { create: canApprove, update: canApprove },
        admin: {
          description: {
            en: 'Only approved issues reach the public statement.',
            sv: 'Bara godkända brister når den publicerade redogörelsen.',
          },
          position: 'sidebar',
        },
        defaultValue: 'forslag',
        index: true,
        label: { en: 'Review', sv: 'Granskning' },
        options: [
          { label: { en: 'Proposed', sv: 'Förslag' }, value: 'forslag' },
          { label: { en: 'Approved', sv: 'Godkänd' }, value: 'godkand' },
          { label: { en: 'Rejected', sv: 'Avvisad' }, value: 'avvisad' },
        ],
        required: true,
      },
      {
        name: 'approvedBy',
        type: 'relationship',
        admin: { position: 'sidebar', readOnly: true },
        label: { en: 'Approved by', sv: 'Godkänd av' },
        relationTo: usersSlug as never,
      },
      {
        name: 'approvedAt',
        type: 'date',
        admin: { position: 'sidebar', readOnly: true },
        label: { en: 'Approved', sv: 'Godkänd' },
      },
      {
        name: 'lastSeenAt',
        type: 'date',
        admin: { position: 'sidebar', readOnly: true },
        label: { en: 'Last found by the check', sv: 'Senast hittad av kontrollen' },
      },
    ],
    timestamps: true,
  }
}
