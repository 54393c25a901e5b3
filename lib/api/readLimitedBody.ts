/**
 * A request body as text, or null when it is longer than `maxBytes`: reading stops there, so a
 * body of any size costs at most that much memory and time.
 */
export const readLimitedBody = async (
  request: Request,
  maxBytes: number,
): Promise<null | string> => {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
