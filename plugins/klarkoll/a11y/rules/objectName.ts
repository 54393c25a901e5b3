import { accessibleText, isHidden } from '../names'
import { defineA11yRule } from '../rule'

// What an <object> shows, decided from its markup alone: jsdom loads nothing.
const mediaType = /^(?:image|audio|video)\//iu
const mediaFile =
  /\.(?:apng|avif|bmp|gif|jpe?g|png|svg|webp|aac|flac|m4a|mp3|oga|ogg|opus|wav|m4v|mov|mp4|ogv|webm)$/iu

const pathOf = (data: string) => {
  try {
    return new URL(data, 'https://example.invalid').pathname
  } catch {
    return ''
  }
}

/** An image, a sound or a video, by its type attribute or, without one, its file's extension. */
export const rendersMedia = (object: Element): boolean => {
  const type = object.getAttribute('type')?.trim()
  if (type) return mediaType.test(type)
  return mediaFile.test(pathOf(object.getAttribute('data') ?? ''))
}

/**
 * An <object> that shows an image, a sound or a video needs a name (ACT 8fc3b6): its fallback
 * content inside the element is not read as one. Hidden objects and objects with a role of their
 * own are left out, as the rule's applicability says; an object whose type cannot be told from the
 * markup (a PDF, an unknown file) is not judged.
 */
export const objectName = defineA11yRule({
  area: 'a11y',
  check: ({ flag, root }) =>
    [...root.querySelectorAll('object')]
      .filter(
        (object) =>
          !object.hasAttribute('role') &&
          !isHidden(object) &&
          rendersMedia(object) &&
          !accessibleText(object),
      )
      .map((object) => {
        flag(object)
        return {
          excerpt: object.getAttribute('data') ?? 'object',
          message:
            'Ett inbäddat objekt (<object>) med bild, ljud eller video saknar namn. Ge det en titel (title eller aria-label) som säger vad det visar, till exempel "Karta över Storgatan".',
          path: '',
          wcag: '1.1.1',
        }
      }),
  defaultOptions: {},
  defaultSeverity: 'error',
  id: 'a11y/object-name',
  meta: {
    help: 'Ett objekt med bild, ljud eller video ska ha ett namn (title eller aria-label).',
    source: 'WCAG 2.1, 1.1.1; W3C ACT-regel 8fc3b6',
    title: 'Objekt utan namn',
    titleEn: 'Object without a name',
  },
})
