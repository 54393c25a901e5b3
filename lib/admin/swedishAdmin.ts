import type { Config, Field, Plugin } from 'payload'

/**
 * Payload's own Swedish messages where they read oddly ("… är större än den maximalt tillåtna
 * Värde av 36"), rewritten as a Swedish editor would say them.
 */
export const swedishOverrides = {
  validation: {
    emailAddress: 'Skriv en giltig e-postadress, till exempel namn@kommun.se.',
    enterNumber: 'Skriv ett tal, till exempel 12.',
    fieldHasNo: 'Fältet har ingen {{label}}.',
    greaterThanMax: 'Värdet {{value}} är för stort. Det får vara högst {{max}}.',
    invalidInput: 'Värdet går inte att använda här.',
    invalidSelection: 'Välj ett av alternativen i listan.',
    lessThanMin: 'Värdet {{value}} är för litet. Det måste vara minst {{min}}.',
    longerThanMin: 'Texten måste vara minst {{minLength}} tecken lång.',
    notValidDate: '"{{value}}" är inget giltigt datum.',
    requiresAtLeast: 'Fältet behöver minst {{count}} {{label}}.',
    requiresNoMoreThan: 'Fältet får ha högst {{count}} {{label}}.',
    shorterThanMax: 'Texten får vara högst {{maxLength}} tecken lång.',
    trueOrFalse: 'Fältet kan bara vara ja eller nej.',
  },
}

/** Dates with the year, as Swedish writes them: "24 dec 2026", "24 dec 2026 08:30". */
export const dayFormat = 'd MMM yyyy'
export const dayAndTimeFormat = 'd MMM yyyy HH:mm'

const withSwedishDates = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'date') {
      const appearance = field.admin?.date?.pickerAppearance ?? 'dayAndTime'
      const displayFormat =
        appearance === 'dayOnly'
          ? dayFormat
          : appearance === 'dayAndTime'
            ? dayAndTimeFormat
            : undefined
      if (!displayFormat || field.admin?.date?.displayFormat) return field
      return { ...field, admin: { ...field.admin, date: { ...field.admin?.date, displayFormat } } }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withSwedishDates(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withSwedishDates(tab.fields) })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withSwedishDates(block.fields) })),
      }
    }
    return field
  })

/**
 * The admin in Swedish throughout: date pickers and list columns show dates with the year in
 * Swedish, and Payload's odd Swedish messages are overridden. Runs last, over the plugins'
 * collections too.
 */
export const swedishAdmin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        providers: [
          ...(config.admin?.components?.providers ?? []),
          '/lib/admin/DatePickerLocale#DatePickerLocale',
        ],
      },
      dateFormat: dayAndTimeFormat,
    },
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: withSwedishDates(collection.fields),
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      fields: withSwedishDates(global.fields),
    })),
    i18n: {
      ...config.i18n,
      translations: {
        ...config.i18n?.translations,
        sv: { ...config.i18n?.translations?.sv, ...swedishOverrides } as never,
      },
    },
  })
