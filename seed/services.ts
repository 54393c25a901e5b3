import type { CollectionSlug, Payload, Where } from 'payload'

import { seedUnits } from './contactDetails'
import { seedContext } from './context'
import { seedEServices } from './eServices'
import { seedOpeningHours } from './openingHours'

export type ServicesSeedResult = { created: string[]; kept: string[] }

/** The id of the document that matches, creating it (published) when there is none. */
const findOrCreate = async (
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  result: ServicesSeedResult,
  label: string,
  owner?: number | string,
): Promise<number | string> => {
  const existing = await payload.find({
    collection,
    depth: 0,
    draft: true,
    limit: 1,
    pagination: false,
    where,
  })
  if (existing.docs[0]) {
    result.kept.push(label)
    return existing.docs[0].id
  }
  const created = await payload.create({
    collection,
    context: seedContext,
    // The demo's content owner is the administrator, so reviews and reminders have someone.
    data: { ...data, ...(owner ? { contentOwner: owner } : {}), _status: 'published' } as never,
    depth: 0,
    locale: 'sv',
  })
  result.created.push(label)
  return created.id
}

/**
 * Opening hours, contact details and e-services for Exempelkommun. Matched by name or slug, so a
 * second run adds only what is missing and never overwrites editors' changes.
 */
export const seedServices = async (
  payload: Payload,
  today: string,
  owner?: number | string,
): Promise<ServicesSeedResult> => {
  const result: ServicesSeedResult = { created: [], kept: [] }
  const hours = new Map<string, number | string>()
  for (const { key, ...data } of seedOpeningHours(today)) {
    hours.set(
      key,
      await findOrCreate(
        payload,
        'opening-hours',
        { name: { equals: data.name } },
        data,
        result,
        `opening-hours/${key}`,
        owner,
      ),
    )
  }
  const units = new Map<string, number | string>()
  for (const { channels, key, ...data } of seedUnits) {
    const linked = channels.map(({ ...channel }) => {
      // The demo's numbers and addresses count as tested on the day it is set up.
      const verified = ['email', 'phone', 'sms'].includes(channel.blockType)
        ? { verifiedAt: `${today}T12:00:00.000Z` }
        : {}
      if (!('hours' in channel)) return { ...channel, ...verified }
      const { hours: hoursKey, ...rest } = channel
      return { ...rest, ...verified, openingHours: hoursKey ? hours.get(hoursKey) : undefined }
    })
    units.set(
      key,
      await findOrCreate(
        payload,
        'contact-details',
        { name: { equals: data.name } },
        { ...data, channels: linked },
        result,
        `contact-details/${key}`,
        owner,
      ),
    )
  }
  for (const { support, unit, whatToHaveReady, ...data } of seedEServices) {
    await findOrCreate(
      payload,
      'e-services',
      { slug: { equals: data.slug } },
      {
        ...data,
        generateSlug: false,
        responsibleUnit: units.get(unit),
        supportContact: units.get(support),
        whatToHaveReady: whatToHaveReady.map((item) => ({ item })),
      },
      result,
      `e-services/${data.slug}`,
      owner,
    )
  }
  return result
}
