import { computeAccessibleName, isInaccessible } from 'dom-accessibility-api'

/**
 * Accessible names by the W3C accname algorithm (dom-accessibility-api, the implementation
 * Testing Library uses): alt, aria-label, aria-labelledby, title and the contents, in the order
 * the spec gives. What assistive technology announces, so the rules judge the same text: a link
 * named by aria-label, aria-labelledby, title or an image's alt is read as the reader hears it.
 */
export const accessibleText = (element: Element): string =>
  computeAccessibleName(element).replace(/\s+/g, ' ').trim()

/**
 * Not in the accessibility tree (ACT's "included in the accessibility tree" fails): hidden with
 * aria-hidden, the hidden attribute, display: none or visibility: hidden, itself or an ancestor.
 */
export const isHidden = (element: Element): boolean => isInaccessible(element)

// Global ARIA attributes: one of them on an element makes a presentational role not apply.
const globalStates = ['aria-describedby', 'aria-label', 'aria-labelledby', 'aria-live']

/**
 * role="presentation" or "none", where it holds: not on a focusable element and not with a
 * global ARIA attribute (ARIA's presentational role conflict resolution).
 */
export const isPresentational = (element: Element): boolean => {
  const roles = (element.getAttribute('role') ?? '').trim().split(/\s+/)
  if (!roles.some((role) => role === 'presentation' || role === 'none')) return false
  if (element.hasAttribute('tabindex')) return false
  return !globalStates.some((attribute) => element.hasAttribute(attribute))
}
