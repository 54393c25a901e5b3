import { wcag21 } from './wcag'

export type IssueStatus = 'atgardad' | 'planerad' | 'undantag-9' | 'undantag-12'

export type ComplianceStatus = 'delvis' | 'helt' | 'inte'

export const complianceTexts: Record<ComplianceStatus, { en: string; sv: string }> = {
  delvis: {
    en: 'This website is partially compliant with the Swedish act on accessibility to digital public services, due to the non-compliances and exemptions listed below.',
    sv: 'Den här webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister och undantag som beskrivs nedan.',
  },
  helt: {
    en: 'This website is fully compliant with the Swedish act on accessibility to digital public services.',
    sv: 'Den här webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
  },
  inte: {
    en: 'This website is not compliant with the Swedish act on accessibility to digital public services. The non-compliances we know of are listed below.',
    sv: 'Den här webbplatsen är inte förenlig med lagen om tillgänglighet till digital offentlig service. De brister vi känner till beskrivs nedan.',
  },
}

/** Issues that keep the site from full compliance: still to be fixed, or claimed as a disproportionate burden. */
export const isOpen = (status: IssueStatus): boolean =>
  status === 'planerad' || status === 'undantag-12'

/**
 * Helt, delvis or inte förenlig, derived from the approved known issues instead of typed by hand:
 * any open issue or 12 § claim makes the site partially compliant (the EU model statement's wording);
 * open issues against at least half of the WCAG 2.1 A/AA criteria mean most requirements are not met.
 * Content outside the law (9 §) and fixed issues do not count.
 */
export const complianceStatus = ({
  burdenExemptions,
  issues,
}: {
  burdenExemptions: number
  issues: { status: IssueStatus; wcag?: null | string }[]
}): ComplianceStatus => {
  const open = issues.filter((issue) => isOpen(issue.status))
  const criteria = new Set(open.map((issue) => issue.wcag).filter(Boolean))
  if (criteria.size * 2 >= wcag21.length) return 'inte'
  if (open.length > 0 || burdenExemptions > 0) return 'delvis'
  return 'helt'
}
