/** The addresses an <audio> or <video> plays: its src, or else its <source> elements'. */
export const mediaSources = (media: Element): string[] => {
  const src = media.getAttribute('src')
  if (src) return [src]
  return [...media.querySelectorAll('source')].map((source) => source.getAttribute('src') ?? '')
}
