import type { Field } from 'payload'

import { languageOptions } from '../eServices/options'

/** The languages a channel answers in; Swedish Sign Language is protected by språklagen too. */
export const channelLanguageOptions = [
  ...languageOptions,
  { label: { en: 'Swedish Sign Language', sv: 'Svenskt teckenspråk' }, value: 'swl' },
]

export const channelLanguages: Field = {
  name: 'languages',
  type: 'select',
  admin: {
    description: {
      en: 'The languages you answer in here. Empty: Swedish.',
      sv: 'Språk ni svarar på här. Tomt: svenska.',
    },
  },
  hasMany: true,
  label: { en: 'Languages', sv: 'Språk' },
  options: channelLanguageOptions,
}

export const callChargeOptions = [
  { label: { en: 'Normal call rate', sv: 'Vanlig samtalstaxa' }, value: 'normal' },
  { label: { en: 'Free of charge', sv: 'Avgiftsfritt' }, value: 'avgiftsfritt' },
  { label: { en: 'Special rate', sv: 'Särskild taxa' }, value: 'sarskild' },
]

/** What a call costs the resident: a 020 number is free, a premium-rate one says so. */
export const callCharge: Field = {
  name: 'callCharge',
  type: 'select',
  defaultValue: 'normal',
  label: { en: 'Call charge', sv: 'Samtalskostnad' },
  options: callChargeOptions,
}

export const premisesFeatures = [
  {
    label: { en: 'Step-free entrance', sv: 'Entré utan trappsteg' },
    name: 'stepFreeEntrance',
  },
  { label: { en: 'Accessible toilet', sv: 'Tillgänglig toalett' }, name: 'accessibleToilet' },
  { label: { en: 'Hearing loop', sv: 'Hörslinga' }, name: 'hearingLoop' },
] as const

/** Whether the premises can be used by everyone (Härnösand's promise of accessible premises). */
export const premises: Field = {
  name: 'premises',
  type: 'group',
  admin: {
    description: {
      en: 'Shown with the address, so a visitor knows before coming.',
      sv: 'Visas med adressen, så att besökaren vet innan hen kommer.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: premisesFeatures.map((feature): Field => ({
        name: feature.name,
        type: 'checkbox',
        admin: { width: '33%' },
        label: feature.label,
      })),
    },
    {
      name: 'note',
      type: 'text',
      admin: { placeholder: 'Parkering för rörelsehindrade vid entrén.' },
      label: { en: 'More about access', sv: 'Mer om tillgängligheten' },
      localized: true,
    },
  ],
  label: { en: 'Accessibility of the premises', sv: 'Lokalens tillgänglighet' },
}

/** The area a unit serves, when it is not the whole municipality. */
export const areaServed: Field = {
  name: 'areaServed',
  type: 'text',
  admin: {
    description: {
      en: 'E.g. "Northern district". Empty: the whole municipality.',
      sv: 'Till exempel "Norra distriktet". Tomt: hela kommunen.',
    },
  },
  label: { en: 'Area served', sv: 'Område' },
  localized: true,
}
