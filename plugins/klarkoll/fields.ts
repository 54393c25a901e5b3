import type { CollectionConfig, Field, FieldAccess } from 'payload'

import type { PanelProps } from './admin/Panel'
import type { KlarkollSettings } from './types'

import { checkedFields, mainFieldOf, titleFieldOf } from './check/collectionParts'

const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * What klarkoll stores with each checked document. Visitors read at most the LIX (public sites
 * may show it); the report, status and accepted warnings are for signed-in users.
 */
export const klarkollField = (): Field => ({
  name: 'klarkoll',
  type: 'group',
  admin: { hidden: true },
  fields: [
    { name: 'lix', type: 'number', label: 'LIX' },
    {
      name: 'status',
      type: 'select',
      access: { read: signedIn },
      index: true,
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
    { name: 'checkedAt', type: 'date', access: { read: signedIn }, index: true },
    { name: 'report', type: 'json', access: { read: signedIn } },
    {
      // The rendered-page check's last result (Chromium + axe-core, after publishing).
      name: 'page',
      type: 'json',
      access: { read: signedIn },
    },
    {
      // Warnings an editor marked OK with a reason: [{ key, ruleId, reason, by, at }].
      name: 'accepted',
      type: 'json',
      access: { read: signedIn },
    },
    {
      // Given with a publish that has errors; never stored on the document (the audit log has it).
      name: 'overrideReason',
      type: 'textarea',
      access: { read: signedIn },
      virtual: true,
    },
  ],
  label: 'Klarkoll',
})

/** Where the admin finds the panel; the host's import map resolves it from the project root. */
export const panelComponentPath = '/plugins/klarkoll/admin/Panel#KlarkollPanel'

/** The live panel in the document sidebar, with what it needs to run the engine in the browser. */
export const panelField = (collection: CollectionConfig, settings: KlarkollSettings): Field => {
  const fields = checkedFields(collection, settings.collections[collection.slug]?.fields)
  const clientProps: PanelProps = {
    fields,
    mainField: mainFieldOf(collection, fields),
    preset: settings.preset,
    rules: settings.rules,
    rulesVersion: settings.rulesVersion,
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
