import type { CollectionConfig } from 'payload'

import { publishableAccess } from '../access'
import { publishedForVisitors } from '../access/publishedForVisitors'
import { checkOrganisationsnummer } from '../lib/contact/validators'
import { channelBlocks } from './contactDetails/blocks'
import { jsonLdEndpoint } from './contactDetails/endpoints'
import { fromCheck, normalise } from './contactDetails/fieldValidation'
import { areaServed } from './contactDetails/residentFields'
import { validateOneMainContact } from './contactDetails/validateOneMainContact'
import { keepMainContact, moveMainContact } from './contactDetails/moveMainContact'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../lib/revalidateSite'

/** A unit's ways in: phone, e-mail, SMS, chat, visiting and postal address, web. */
export const ContactDetails: CollectionConfig = {
  slug: 'contact-details',
  labels: {
    singular: { en: 'Contact details', sv: 'Kontaktuppgifter' },
    plural: { en: 'Contact details', sv: 'Kontaktuppgifter' },
  },
  admin: {
    defaultColumns: ['name', 'unitType', 'mainContact', '_status', 'updatedAt'],
    group: { en: 'Service', sv: 'Service' },
    useAsTitle: 'name',
  },
  access: publishableAccess,
  endpoints: [jsonLdEndpoint],
  hooks: {
    afterChange: [moveMainContact, revalidateSiteOnChange('contact-details')],
    afterDelete: [revalidateSiteOnDelete('contact-details')],
    beforeDelete: [keepMainContact],
    beforeOperation: [publishedForVisitors],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Unit', sv: 'Enhet' },
      localized: true,
      required: true,
    },
    {
      name: 'unitType',
      type: 'select',
      defaultValue: 'enhet',
      label: { en: 'Kind of unit', sv: 'Typ av enhet' },
      options: [
        { label: { en: 'Administration', sv: 'Förvaltning' }, value: 'forvaltning' },
        { label: { en: 'Unit', sv: 'Enhet' }, value: 'enhet' },
        { label: { en: 'Contact centre', sv: 'Kontaktcenter' }, value: 'kontaktcenter' },
        { label: { en: 'Municipal company', sv: 'Kommunalt bolag' }, value: 'bolag' },
      ],
      required: true,
    },
    {
      name: 'mainContact',
      type: 'checkbox',
      admin: {
        description: {
          en: 'The municipality’s one way in: one phone number, one e-mail address, one postal address. There is one: publishing this unit ticked moves the mark here.',
          sv: 'Kommunens "en väg in": ett telefonnummer, en e-postadress, en postadress. Det finns en: publicerar du den här markerad flyttas markeringen hit.',
        },
      },
      defaultValue: false,
      label: { en: 'Main contact', sv: 'Kommunens huvudkontakt' },
      validate: validateOneMainContact,
    },
    areaServed,
    {
      name: 'organisationsnummer',
      type: 'text',
      admin: { placeholder: '212000-0142' },
      hooks: { beforeChange: [normalise(checkOrganisationsnummer, (r) => r.organisationsnummer)] },
      label: { en: 'Organisation number', sv: 'Organisationsnummer' },
      validate: fromCheck(checkOrganisationsnummer),
    },
    {
      name: 'channels',
      type: 'blocks',
      blocks: channelBlocks,
      label: { en: 'Channels', sv: 'Kontaktvägar' },
      labels: {
        plural: { en: 'Channels', sv: 'Kontaktvägar' },
        singular: { en: 'Channel', sv: 'Kontaktväg' },
      },
    },
  ],
}
