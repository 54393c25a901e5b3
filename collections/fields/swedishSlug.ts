import type { Field } from 'payload'

import { slugField } from 'payload'

import { slugifySwedish } from '../../lib/slugify'
import { validateUniqueSlug } from '../validateUniqueSlug'

/** Payload's slug field made from the title with Swedish transliteration, unique per collection. */
export const swedishSlugField = (): Field =>
  slugField({
    slugify: ({ valueToSlugify }) => slugifySwedish(valueToSlugify),
    overrides: (row) => {
      const slug = row.fields[1]
      if (slug && slug.type === 'text') {
        slug.label = { en: 'Address (slug)', sv: 'Adress (slug)' }
        slug.validate = validateUniqueSlug
        // Payload fills the slug in a beforeChange hook that runs alongside the slug's own
        // validation, so a Local API or REST create without a slug would fail as "required".
        // A slug the editor typed is normalised on every write (create, update, draft, any
        // locale): "/127.0.0.1:3301/x" became the address "//127.0.0.1:3301/x", which the page
        // check opened on the server.
        slug.hooks = {
          ...slug.hooks,
          beforeValidate: [
            ...(slug.hooks?.beforeValidate ?? []),
            ({ data, value }) => {
              if (typeof value === 'string' && value) return slugifySwedish(value) ?? null
              if (value) return value // not text: the field's own validation says so
              return data?.generateSlug === false ? value : slugifySwedish(data?.title)
            },
          ],
        }
      }
      return row
    },
  })
