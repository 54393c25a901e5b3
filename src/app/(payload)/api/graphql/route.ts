import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { guardedGraphqlPost } from '../../../../../lib/api/graphqlRoute'

export const POST = guardedGraphqlPost(config)
export const OPTIONS = REST_OPTIONS(config)
