// Admin components that run in the browser: `'@klarkoll/payload-plugin/client#KlarkollPanel'`.
export { KlarkollPanel } from '../admin/Panel'
export { KlarkollReviewBox } from '../admin/ReviewBox'
export { KlarkollVerdict } from '../admin/Verdict'
export { KlarkollVersionDecisions } from '../admin/VersionDecisions'
export { SiteAuditButton } from '../admin/SiteAuditButton'
