import { defineA11yRule } from '../rule'

const marker = /^\s*(?:[-–•*·]|\d{1,2}[.)])\s+/u

/** Paragraphs that start with "-", "•" or "1." look like a list but are not one to assistive technology. */
export const fakeList = defineA11yRule({
  area: 'a11y',
  check: ({ root }) => {
    const paragraphs = [...root.querySelectorAll('p')]
    const listy = paragraphs.filter((p) => marker.test(p.textContent ?? ''))
    // A lone "- " line is often a dash in running text; two or more make a list.
    if (listy.length < 2) return []
    return [
      {
        excerpt: (listy[0]!.textContent ?? '').trim().slice(0, 60),
        message: `${listy.length} stycken börjar med ett listtecken men är ingen lista. Använd punktlistan eller den numrerade listan i verktygsfältet.`,
        path: '',
        wcag: '1.3.1',
      },
    ]
  },
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/fake-list',
  meta: {
    help: 'Använd riktiga listor, inte stycken som börjar med tankstreck eller siffror.',
    source: 'WCAG 2.1, 1.3.1; Sa11y',
    title: 'Lista som inte är en lista',
    titleEn: 'Fake list',
  },
})
