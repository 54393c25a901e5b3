import type { CollectionBeforeOperationHook } from 'payload'

import { userCan } from './roles'

/**
 * Visitors who ask for drafts (`?draft=true`) get the published version instead. Without this
 * the read access `_status = published` is applied to the latest version, so a published page
 * with a newer draft would vanish from the public site while an editor works on it.
 */
export const publishedForVisitors: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || !args.draft || args.overrideAccess || userCan(req.user, 'edit')) {
    return args
  }
  return { ...args, draft: false }
}
