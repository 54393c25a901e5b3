import { generatePages } from './corpus'
const pages = generatePages(40, 2000)
const texts = pages.map((p) => p.join('\n\n'))
const words = texts.map((t) => t.split(/\s+/))
const bench = (name: string, f: () => void) => {
  f()
  const s = performance.now()
  for (let i = 0; i < 10; i++) f()
  console.log(
    name.padEnd(20),
    ((performance.now() - s) / (10 * pages.length)).toFixed(3),
    'ms/page',
  )
}
bench('charCodeAt loop', () => {
  let x = 0
  for (const t of texts) for (let i = 0; i < t.length; i++) x += t.charCodeAt(i)
  return x
})
bench('toLowerCase words', () => {
  for (const ws of words) for (const w of ws) w.toLowerCase()
})
bench('slice words', () => {
  for (const t of texts) for (let i = 0; i + 8 < t.length; i += 7) t.slice(i, i + 6)
})
bench('objects', () => {
  for (const ws of words) {
    const a = []
    for (const w of ws)
      a.push({ a: 1, b: w, c: 2, d: true, e: false, f: 3, g: w, h: 4, i: 5, j: w })
  }
})
