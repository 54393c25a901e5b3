'use client'
import { LeaveWithoutSaving } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload turns its "leave without saving?" guard off for collections with autosave, so text
 * typed in the seconds before the next autosave was lost when the editor clicked away. This puts
 * Payload's own guard back: it asks only while there are changes not yet saved.
 */
export const LeaveGuard = () => <LeaveWithoutSaving />
