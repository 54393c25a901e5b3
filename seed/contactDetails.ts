type ResponsePromise = { unit: 'arbetsdagar' | 'dagar' | 'timmar'; value: number }

/** Channels as they are written to the collection; `hours` names a seeded opening-hours key. */
export type SeedChannel =
  | {
      blockType: 'chat'
      hours?: string
      label?: string
      responseTime?: ResponsePromise
      url: string
    }
  | { address: string; blockType: 'email'; label?: string; responseTime?: ResponsePromise }
  | { blockType: 'feedback'; label?: string; responseTime?: ResponsePromise; url: string }
  | {
      blockType: 'phone'
      hours?: string
      label?: string
      languages?: string[]
      number: string
      responseTime?: ResponsePromise
    }
  | { blockType: 'postal'; city: string; label?: string; postalCode: string; street: string }
  | { blockType: 'sms'; label?: string; number: string; responseTime?: ResponsePromise }
  | {
      blockType: 'visit'
      city: string
      hours?: string
      label?: string
      latitude?: number
      longitude?: number
      postalCode: string
      premises?: { accessibleToilet?: boolean; hearingLoop?: boolean; stepFreeEntrance?: boolean }
      street: string
    }
  | { blockType: 'web'; label?: string; url: string }

export type SeedUnit = {
  channels: SeedChannel[]
  key: string
  mainContact?: boolean
  name: string
  organisationsnummer?: string
  unitType: 'bolag' | 'enhet' | 'forvaltning' | 'kontaktcenter'
}

const postal = {
  blockType: 'postal',
  city: 'Exempelby',
  postalCode: '123 21',
  street: 'Box 100',
} as const

/** Exempelkommun's kontaktcenter ("en väg in") and four units behind it. */
export const seedUnits: SeedUnit[] = [
  {
    key: 'kontaktcenter',
    mainContact: true,
    name: 'Kontaktcenter',
    organisationsnummer: '212000-0142',
    unitType: 'kontaktcenter',
    channels: [
      {
        blockType: 'phone',
        hours: 'kontaktcenter-telefon',
        label: 'Växel och kontaktcenter',
        languages: ['sv', 'en', 'fi'],
        number: '0123-45 67 00',
      },
      {
        address: 'kommun@exempelkommun.se',
        blockType: 'email',
        responseTime: { unit: 'arbetsdagar', value: 2 },
      },
      {
        blockType: 'sms',
        label: 'Sms',
        number: '070-123 45 67',
        responseTime: { unit: 'arbetsdagar', value: 1 },
      },
      {
        blockType: 'chat',
        hours: 'kontaktcenter-telefon',
        label: 'Chatt',
        url: 'https://www.exempelkommun.se/chatt',
      },
      {
        blockType: 'visit',
        city: 'Exempelby',
        hours: 'kontaktcenter-besok',
        label: 'Kommunhuset',
        latitude: 59.32932,
        longitude: 18.06858,
        postalCode: '123 45',
        premises: { accessibleToilet: true, hearingLoop: true, stepFreeEntrance: true },
        street: 'Storgatan 1',
      },
      postal,
      { blockType: 'web', url: 'https://www.exempelkommun.se' },
      {
        blockType: 'feedback',
        responseTime: { unit: 'dagar', value: 7 },
        url: 'https://www.exempelkommun.se/synpunkter',
      },
    ],
  },
  {
    key: 'barn-utbildning',
    name: 'Barn- och utbildningsförvaltningen',
    unitType: 'forvaltning',
    channels: [
      { blockType: 'phone', hours: 'kontaktcenter-telefon', number: '0123-45 67 10' },
      {
        address: 'barn.utbildning@exempelkommun.se',
        blockType: 'email',
        responseTime: { unit: 'arbetsdagar', value: 2 },
      },
      postal,
    ],
  },
  {
    key: 'bygglov',
    name: 'Bygglovsenheten',
    unitType: 'enhet',
    channels: [
      {
        blockType: 'phone',
        hours: 'bygglov-telefon',
        label: 'Bygglovshandläggare',
        number: '0123-45 67 30',
      },
      {
        address: 'bygglov@exempelkommun.se',
        blockType: 'email',
        responseTime: { unit: 'arbetsdagar', value: 3 },
      },
      postal,
    ],
  },
  {
    key: 'socialtjanst',
    name: 'Socialtjänsten',
    unitType: 'forvaltning',
    channels: [
      {
        blockType: 'phone',
        hours: 'socialtjanst-telefon',
        label: 'Mottagningen',
        number: '0123-45 67 50',
        responseTime: { unit: 'dagar', value: 1 },
      },
      { blockType: 'phone', label: 'Socialjouren (kvällar och helger)', number: '0123-45 67 99' },
      {
        address: 'socialtjansten@exempelkommun.se',
        blockType: 'email',
        responseTime: { unit: 'arbetsdagar', value: 2 },
      },
      postal,
    ],
  },
  {
    key: 'bibliotek',
    name: 'Stadsbiblioteket',
    unitType: 'enhet',
    channels: [
      { blockType: 'phone', hours: 'bibliotek-besok', number: '0123-45 67 70' },
      {
        address: 'biblioteket@exempelkommun.se',
        blockType: 'email',
        responseTime: { unit: 'dagar', value: 2 },
      },
      {
        blockType: 'visit',
        city: 'Exempelby',
        hours: 'bibliotek-besok',
        postalCode: '123 47',
        street: 'Kulturgatan 3',
      },
    ],
  },
]
