import type { CollectionConfig, Field, FieldAccess } from 'payload'

import type { PanelProps } from './admin/Panel'
import type { KlarkollSettings } from './types'

import { checkedFields, ingressFieldOf, mainFieldOf, titleFieldOf } from './check/collectionParts'
import { acceptancesIn } from './check/report'

const signedIn: FieldAccess = ({ req }) => Boolean(req.user)
/** Written by the checks on the server only; what a client sends for these is dropped. */
const serverOnly = { create: () => false, update: () => false }

/**
 * What klarkoll stores with each checked document. Visitors read at most the LIX (public sites
 * may show it); the report, status and accepted warnings are for signed-in users.
 */
export const klarkollField = (): Field => ({
  name: 'klarkoll',
  type: 'group',
  admin: { hidden: true },
  fields: [
    { name: 'lix', type: 'number', access: serverOnly, label: 'LIX' },
    {
      name: 'status',
      type: 'select',
      access: { ...serverOnly, read: signedIn },
      index: true,
      label: { en: 'Status', sv: 'Status' },
      options: [
        { label: { en: 'Ready', sv: 'Klar' }, value: 'ok' },
        { label: { en: 'Warnings', sv: 'Varningar' }, value: 'warnings' },
        { label: { en: 'Blocked', sv: 'Stoppad' }, value: 'blocked' },
        {
          label: { en: 'Published despite errors', sv: 'Publicerad trots fel' },
          value: 'overridden',
        },
      ],
    },
    {
      name: 'checkedAt',
      type: 'date',
      access: { ...serverOnly, read: signedIn },
      index: true,
      label: { en: 'Checked', sv: 'Kontrollerad' },
    },
    {
      name: 'report',
      type: 'json',
      access: { ...serverOnly, read: signedIn },
      label: { en: 'Report', sv: 'Rapport' },
    },
    {
      // The rendered-page check's last result (Chromium + axe-core, after publishing).
      name: 'page',
      type: 'json',
      access: { ...serverOnly, read: signedIn },
      label: { en: 'Page check', sv: 'Sidkontroll' },
    },
    {
      // Warnings an editor marked OK with a reason: [{ key, ruleId, reason, by, at }].
      name: 'accepted',
      type: 'json',
      access: { read: signedIn },
      label: { en: 'Accepted warnings', sv: 'Godkända varningar' },
      hooks: {
        // Drafts skip validation: keep only well-formed entries, so the panel and the gate can
        // rely on what is stored. Something that is not a list leaves the stored ones as they are.
        beforeChange: [
          ({ previousValue, value }) =>
            value === null || value === undefined
              ? value
              : acceptancesIn(Array.isArray(value) ? value : previousValue),
        ],
      },
    },
    {
      // Given with a publish that has errors; never stored on the document (the audit log has it).
      name: 'overrideReason',
      type: 'textarea',
      access: { read: signedIn },
      label: { en: 'Reason for publishing despite errors', sv: 'Skäl att publicera trots fel' },
      virtual: true,
    },
  ],
  label: 'Klarkoll',
})

/** Where the admin finds the panel; the host's import map resolves it from the project root. */
export const panelComponentPath = '@klarkoll/payload-plugin/client#KlarkollPanel'
/** The compact verdict beside the document controls. */
export const verdictComponentPath = '@klarkoll/payload-plugin/client#KlarkollVerdict'

/** The live panel in the document sidebar, with what it needs to run the engine in the browser. */
export const panelField = (collection: CollectionConfig, settings: KlarkollSettings): Field => {
  const options = settings.collections[collection.slug]
  const fields = checkedFields(collection, options?.fields)
  const ingressField = ingressFieldOf(fields, options?.ingressField)
  const clientProps: PanelProps = {
    fields,
    ...(ingressField ? { ingressField } : {}),
    mainField: mainFieldOf(collection, fields),
    preset: settings.preset,
    prose: fields.some((field) => field.type === 'richText'),
    rules: settings.rules,
    rulesVersion: settings.rulesVersion,
    ...(settings.versions?.collections.includes(collection.slug)
      ? { lattlastRules: settings.versions.lattlastRules }
      : {}),
    ...(titleFieldOf(collection) ? { titleField: titleFieldOf(collection) } : {}),
  }
  return {
    name: 'klarkollPanel',
    type: 'ui',
    admin: {
      components: { Field: { clientProps, path: panelComponentPath } },
      position: 'sidebar',
    },
  }
}
