import type { AfterErrorHook } from 'payload'

/** Codes and messages of a database that is down, restarting or unreachable (pg, libsql). */
const unavailable = [
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE/,
  /^57P0[123]$/, // admin_shutdown, crash_shutdown, cannot_connect_now
  /^08\d\d\d$/, // connection exceptions
  /Connection terminated|timeout exceeded when trying to connect|the database system is (shutting down|starting up)/i,
  /SQLITE_BUSY|database is locked/i,
]

type Cause = { cause?: unknown; code?: unknown; message?: unknown }

/** The error and what caused it, as the query layers wrap driver errors (at most 10 deep). */
const causeChain = (error: unknown): Cause[] => {
  const chain: Cause[] = []
  for (let current = error as Cause | undefined; current && chain.length < 10;) {
    chain.push(current)
    current = current.cause as Cause | undefined
  }
  return chain
}

/**
 * PostgreSQL's class 22, "data exception": a value in the request that the column's type cannot
 * take (not a number, out of range, not a date, a NUL character, a negative page). The request
 * is at fault, not the server.
 */
export const unusableValue = (error: unknown): boolean =>
  causeChain(error).some(({ code }) => typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code))

export const databaseUnavailable = (error: unknown): boolean =>
  causeChain(error).some(({ code, message }) =>
    [String(code ?? ''), String(message ?? '')].some((text) =>
      unavailable.some((pattern) => pattern.test(text)),
    ),
  )

/**
 * Answers Payload gives in English or as a bare 500, in Swedish: a request body that is not
 * JSON (400), a document another editor has open (423), and a database that does not answer (503, so clients and proxies retry instead of
 * treating it as a bug). The app keeps running and answers again once the database is back.
 */
const answer = (status: number, message: string) => ({
  response: { errors: [{ message }] },
  status,
})

export const swedishErrors: AfterErrorHook = ({ error }) => {
  const status = (error as { status?: number }).status
  if (status === 400 && error.message === 'Invalid JSON') {
    return answer(
      400,
      'Begäran är inte giltig JSON. Kontrollera citattecken, kommatecken och klamrar. / The request body is not valid JSON.',
    )
  }
  if (status === 400 && error.message.startsWith('Pasting from URL is not enabled')) {
    return answer(
      400,
      'Att hämta en fil från en webbadress är inte påslaget här: ladda upp filen i stället. / Pasting from URL is not enabled.',
    )
  }
  if (status === 423) {
    return answer(
      423,
      'Dokumentet är låst: någon annan redigerar det just nu. Försök igen när hen är klar. / The document is locked by another user.',
    )
  }
  if (error.name === 'QueryError' && status === 400) {
    const paths = error.message.replace(/^[^:]*:\s*/, '')
    return answer(
      400,
      `Det går inte att söka på ${paths}: fältet eller operatorn finns inte, eller så får du inte söka på det. / ${error.message}`,
    )
  }
  if ((!status || status >= 500) && unusableValue(error)) {
    return answer(
      400,
      'Frågan innehåller ett värde som inte passar fältet: kontrollera id, tal, datum, val och sidnummer. / A value in the request does not fit its field.',
    )
  }
  if ((!status || status >= 500) && databaseUnavailable(error)) {
    return answer(
      503,
      'Databasen svarar inte just nu. Försök igen om en stund. / The database is not answering; try again shortly.',
    )
  }
}
