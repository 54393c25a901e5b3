/**
 * `npm run bench:accuracy`: precision and recall of the passive, krångelord and tone checks on
 * the hand-labelled sentences in test/labelled (labelled by a language consultant, not tuned to
 * the program). Prints one table per check, a row per category and the total.
 */
import { accuracyTables } from '../test/labelled/accuracy'

for (const table of accuracyTables()) {
  console.log('')
  console.log(`${table.title} (${table.cases} meningar)`)
  console.log(table.lines.join('\n'))
}
