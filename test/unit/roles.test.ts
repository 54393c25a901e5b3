import type { PayloadRequest } from 'payload'

import { describe, expect, test } from '@jest/globals'

import { editOrPublish, publishedOrStaff, userManagersOrSelf } from '../../access'
import { type Role, roles, userCan } from '../../access/roles'

const user = (role: Role | string, id = 1) => ({ collection: 'users', id, role })
const req = (u: unknown) => ({ req: { user: u } as unknown as PayloadRequest })

describe('userCan', () => {
  test.each(roles)('%s may edit and publish', (role) => {
    expect(userCan(user(role), 'edit')).toBe(true)
    expect(userCan(user(role), 'publish')).toBe(true)
  })

  test('only administrators manage users', () => {
    expect(userCan(user('administrator'), 'manageUsers')).toBe(true)
    expect(userCan(user('kommunikator'), 'manageUsers')).toBe(false)
    expect(userCan(user('webbredaktor'), 'manageUsers')).toBe(false)
  })

  test('anonymous, unknown roles and other auth collections get nothing', () => {
    expect(userCan(null, 'edit')).toBe(false)
    expect(userCan(user('gäst'), 'edit')).toBe(false)
    expect(userCan({ collection: 'api-clients', role: 'administrator' }, 'edit')).toBe(false)
  })
})

describe('access functions', () => {
  test('anonymous readers are limited to published documents', () => {
    expect(publishedOrStaff(req(null))).toEqual({ _status: { equals: 'published' } })
    expect(publishedOrStaff(req(user('webbredaktor')))).toBe(true)
  })

  test('publishing asks for the publish capability, saving a draft for edit', () => {
    const publish = { data: { _status: 'published' } }
    const draft = { data: { _status: 'draft' } }
    expect(editOrPublish({ ...req(null), ...publish })).toBe(false)
    expect(editOrPublish({ ...req(null), ...draft })).toBe(false)
    expect(editOrPublish({ ...req(user('webbredaktor')), ...publish })).toBe(true)
    expect(editOrPublish({ ...req(user('gäst')), ...publish })).toBe(false)
  })

  test('non-administrators see only their own account', () => {
    expect(userManagersOrSelf(req(user('administrator')))).toBe(true)
    expect(userManagersOrSelf(req(user('kommunikator', 7)))).toEqual({ id: { equals: 7 } })
    expect(userManagersOrSelf(req(null))).toBe(false)
  })
})
