// A municipality's existing Payload site: its own collections, users without roles, SQLite. The
// one klarkoll line is in `plugins`, with one rule of the site's own.
import { klarkoll } from '@klarkoll/payload-plugin'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { municipalityName } from './rules/municipalityName'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: { importMap: { baseDir: path.resolve(dirname) }, user: 'users' },
  collections: [
    {
      slug: 'users',
      auth: true,
      fields: [{ name: 'name', type: 'text' }],
    },
    {
      slug: 'articles',
      admin: { useAsTitle: 'title' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'body', type: 'richText' },
      ],
      versions: { drafts: true },
    },
    {
      slug: 'news',
      admin: { useAsTitle: 'headline' },
      fields: [
        { name: 'headline', type: 'text', required: true },
        { name: 'text', type: 'textarea' },
      ],
      versions: { drafts: true },
    },
  ],
  db: sqliteAdapter({ client: { url: process.env.DATABASE_URI ?? 'file:./host.db' } }),
  editor: lexicalEditor(),
  plugins: [klarkoll({ collections: ['articles', 'news'], customRules: [municipalityName] })],
  secret: process.env.PAYLOAD_SECRET ?? 'adoption-test-secret',
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
