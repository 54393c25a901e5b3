import type {
  NumberFieldSingleValidation,
  SelectFieldManyValidation,
  TextareaFieldValidation,
} from 'payload'

export const shortDescriptionMax = 150

/** The short description is what lists and search results show; longer text belongs in the steps. */
export const validateShortDescription: TextareaFieldValidation = (value, { required }) => {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) {
    return required
      ? 'Skriv en kort beskrivning av vad e-tjänsten är till för (högst 150 tecken).'
      : true
  }
  if (text.length > shortDescriptionMax) {
    return `Den korta beskrivningen är ${text.length} tecken; den får vara högst ${shortDescriptionMax}. Korta den – detaljerna hör hemma under "Så går det till".`
  }
  return true
}

/** "Ingen inloggning" contradicts every login method; at least one choice must be made. */
export const validateAuthentication: SelectFieldManyValidation = (value) => {
  const chosen = Array.isArray(value) ? value : value ? [value] : []
  if (chosen.length === 0) {
    return 'Välj hur man loggar in, eller "Ingen inloggning" om e-tjänsten är öppen för alla.'
  }
  if (chosen.includes('ingen') && chosen.length > 1) {
    return '"Ingen inloggning" kan inte kombineras med ett inloggningssätt. Välj det ena eller det andra.'
  }
  return true
}

/** A fee in whole or half kronor; required unless the service is marked free. */
export const validateCostAmount: NumberFieldSingleValidation = (value, { siblingData }) => {
  const free = (siblingData as { free?: boolean } | undefined)?.free === true
  if (free) return true
  if (value === undefined || value === null) {
    return 'Ange avgiften i kronor, eller kryssa i "Kostnadsfri".'
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    return `Avgiften måste vara ett belopp i kronor större än 0 (nu ${String(value)}). Kryssa i "Kostnadsfri" om tjänsten inte kostar något.`
  }
  if (Math.round(value * 100) !== value * 100) {
    return 'Avgiften kan ha högst två decimaler (öre).'
  }
  return true
}
