import { withKlarkoll } from '@klarkoll/payload-plugin/next'
import { withPayload } from '@payloadcms/next/withPayload'

export default withPayload(withKlarkoll({}))
