// Admin components rendered on the server: `'@klarkoll/payload-plugin/rsc#KlarkollDashboard'`.
export { KlarkollDashboard } from '../admin/Dashboard'
export { KlarkollNavLink } from '../admin/NavLink'
