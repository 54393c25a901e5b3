import { addMonths, dayOf, type StalenessFinding } from '../../plugins/klarkoll'

const names: Record<string, string> = {
  email: 'E-postadressen',
  phone: 'Telefonnumret',
  sms: 'Sms-numret',
}

/**
 * Phone numbers and e-mail addresses that nobody has tested within the review interval: the
 * policies promise contact details that work, and a number can stop working without anyone
 * editing the page.
 */
export const unverifiedChannels = (
  doc: Record<string, unknown>,
  today: string,
  months: number,
): StalenessFinding[] => {
  const channels = Array.isArray(doc.channels) ? (doc.channels as Record<string, unknown>[]) : []
  return channels.flatMap((channel, index): StalenessFinding[] => {
    const name = names[String(channel?.blockType)]
    if (!name) return []
    const label = typeof channel.label === 'string' && channel.label ? ` "${channel.label}"` : ''
    const verified = dayOf(channel.verifiedAt)
    if (verified && addMonths(verified, months) >= today) return []
    return [
      {
        message: verified
          ? `${name}${label} kontrollerades senast ${verified}, för mer än ${months} månader sedan. Pröva att det fungerar och ange dagens datum i Kontrollerad.`
          : `${name}${label} har aldrig markerats som kontrollerat. Pröva att det fungerar och ange dagens datum i Kontrollerad.`,
        path: `channels.${index}.verifiedAt`,
        ruleId: 'stale/contact-unverified',
        severity: 'warning',
      },
    ]
  })
}
