import type { Access, CollectionConfig, FieldAccess, PayloadRequest, Where } from 'payload'

import { userCan } from './roles'

const published: Where = { _status: { equals: 'published' } }

/** Anonymous visitors see published documents only; signed-in staff see drafts too. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  userCan(user, 'edit') ? true : published

export const anyone: Access = () => true

export const staff: Access = ({ req: { user } }) => userCan(user, 'edit')

export const publishers: Access = ({ req: { user } }) => userCan(user, 'publish')

/**
 * Payload's pattern for who may publish: the admin asks update access with
 * `_status: 'published'` and hides "Publicera" when it is denied.
 */
export const editOrPublish: Access = ({ data, req: { user } }) =>
  data?._status === 'published' ? userCan(user, 'publish') : userCan(user, 'edit')

/** Jobs over HTTP (/api/payload-jobs/run and handle-schedules): administrators only. */
export const jobRunners = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  userCan(user, 'runJobs')

export const userManagers: Access = ({ req: { user } }) => userCan(user, 'manageUsers')

/** Administrators see every account; everyone else only their own. */
export const userManagersOrSelf: Access = ({ req: { user } }) => {
  if (userCan(user, 'manageUsers')) {
    return true
  }
  return user ? { id: { equals: user.id } } : false
}

export const userManagersField: FieldAccess = ({ req: { user } }) => userCan(user, 'manageUsers')

/** Content with drafts: visitors read what is published, staff edit, publishers publish and delete. */
export const publishableAccess: NonNullable<CollectionConfig['access']> = {
  create: staff,
  delete: publishers,
  read: publishedOrStaff,
  readVersions: staff,
  update: editOrPublish,
}
