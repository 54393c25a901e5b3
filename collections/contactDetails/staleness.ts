import { addMonths, dayOf, type StalenessFinding } from '@klarkoll/payload-plugin'

/** The channel as the subject of a sentence, and "kontrollerad" agreeing with it. */
const names: Record<string, { checked: string; name: string }> = {
  email: { checked: 'kontrollerad', name: 'E-postadressen' },
  phone: { checked: 'kontrollerat', name: 'Telefonnumret' },
  sms: { checked: 'kontrollerat', name: 'Sms-numret' },
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
    const subject = names[String(channel?.blockType)]
    if (!subject) return []
    const { checked, name } = subject
    const label = typeof channel.label === 'string' && channel.label ? ` "${channel.label}"` : ''
    const verified = dayOf(channel.verifiedAt)
    if (verified && addMonths(verified, months) >= today) return []
    return [
      {
        message: verified
          ? `${name}${label} kontrollerades senast ${verified}, för mer än ${months} månader sedan. Pröva att det fungerar och ange dagens datum i Kontrollerad.`
          : `${name}${label} har aldrig markerats som ${checked}. Pröva att det fungerar och ange dagens datum i Kontrollerad.`,
        path: `channels.${index}.verifiedAt`,
        ruleId: 'stale/contact-unverified',
        severity: 'warning',
      },
    ]
  })
}
