/**
 * `npm run seed` (and, with SEED_IF_EMPTY=1, every `npm run dev`): demo content for Exempelkommun.
 * Runs through `payload run`, which loads .env first.
 */
import { runAudit } from '@klarkoll/payload-plugin'

import { seed } from '../seed'
import { startPayload } from './loadConfig'

const payload = await startPayload()

const result = await seed(payload, {
  adminEmail: process.env.SEED_ADMIN_EMAIL,
  adminPassword: process.env.SEED_ADMIN_PASSWORD,
  // An environment variable, because `payload run` passes only positional arguments on.
  ifEmpty: process.env.SEED_IF_EMPTY === '1',
})

if (result.skipped) {
  console.log('Databasen har redan innehåll: inga demosidor lades till.')
} else {
  console.log(
    `Demoinnehåll: ${result.pagesCreated.length} sidor skapade, ${result.pagesKept.length} fanns redan; ` +
      `${result.services.created.length} öppettider, kontaktuppgifter och e-tjänster skapade, ` +
      `${result.services.kept.length} fanns redan.`,
  )
  // Seeded content goes in without the gate; checked now, a new installation's dashboard shows
  // real figures from the start instead of "Ej granskad" everywhere.
  const audit = await runAudit(payload)
  console.log(
    `Demoinnehållet granskat: ${audit.documents} dokument på ${(audit.ms / 1000).toFixed(1).replace('.', ',')} s.`,
  )
  if (result.admin.created) {
    const password = result.admin.generatedPassword
      ? `lösenord ${result.admin.generatedPassword} (visas bara nu, byt det efter inloggning)`
      : 'lösenord från SEED_ADMIN_PASSWORD'
    // Printed on its own, once: this is the only time the generated password exists in clear text.
    console.log(
      `\n  Administratör skapad: ${result.admin.email}, ${password}\n  Logga in på /admin\n`,
    )
  }
}
await payload.destroy()
