/**
 * Swedish abbreviations as writers use them, with their dots, with and without the inner ones
 * ("t.ex." and "tex."): one list for the tokenizer (their dots do not end a sentence) and for
 * klarsprak/abbreviation (those with `full` are to be written out in running text). Those that
 * `endsSentence` end one when the next word starts with a capital letter ("… m.m. Nästa").
 */
const list: Record<string, { endsSentence?: true; full?: string }> = {
  'adr.': {},
  'ang.': { full: 'angående' },
  'apr.': {},
  'aug.': {},
  'avd.': {},
  'bil.': {},
  'bl.a.': { full: 'bland annat' },
  'ca.': { full: 'cirka' },
  'd.v.s.': { full: 'det vill säga' },
  'dec.': {},
  'dr.': {},
  'dvs.': { full: 'det vill säga' },
  'e.d.': { endsSentence: true, full: 'eller dylikt' },
  'e.kr.': {},
  'enl.': { full: 'enligt' },
  'etc.': { endsSentence: true, full: 'och så vidare' },
  'ev.': {},
  'ex.': {},
  'exkl.': { full: 'exklusive' },
  'f.d.': { full: 'före detta' },
  'f.kr.': {},
  'f.n.': { full: 'för närvarande' },
  'fd.': { full: 'före detta' },
  'feb.': {},
  'febr.': {},
  'fr.': {},
  'fr.o.m.': { full: 'från och med' },
  'fre.': {},
  'inkl.': { full: 'inklusive' },
  'jan.': {},
  'jfr.': { full: 'jämför' },
  'kap.': {},
  'kl.': {},
  'kr.': { endsSentence: true },
  'lör.': {},
  'm.fl.': { endsSentence: true, full: 'med flera' },
  'm.m.': { endsSentence: true, full: 'med mera' },
  'mfl.': { endsSentence: true, full: 'med flera' },
  'min.': {},
  'mm.': { endsSentence: true, full: 'med mera' },
  'mån.': {},
  'nov.': {},
  'nr.': {},
  'o.d.': { endsSentence: true, full: 'och dylikt' },
  'o.s.v.': { endsSentence: true, full: 'och så vidare' },
  'obs.': {},
  'okt.': {},
  'ons.': {},
  'osv.': { endsSentence: true, full: 'och så vidare' },
  'p.g.a.': { full: 'på grund av' },
  'pga.': { full: 'på grund av' },
  'prof.': {},
  'prop.': {},
  'resp.': { endsSentence: true, full: 'respektive' },
  's.k.': { full: 'så kallad' },
  'sk.': { full: 'så kallad' },
  'sek.': {},
  'sep.': {},
  'sept.': {},
  'st.': {},
  'sön.': {},
  't.ex.': { full: 'till exempel' },
  't.o.m.': { full: 'till och med' },
  'tel.': {},
  'tex.': { full: 'till exempel' },
  'tfn.': {},
  'tim.': {},
  'tis.': {},
  'tors.': {},
  'vol.': {},
  'äv.': {},
}

export const abbreviations = new Set(Object.keys(list))

export const mayEndSentence = new Set(
  Object.entries(list)
    .filter(([, entry]) => entry.endsSentence)
    .map(([form]) => form),
)

/** What to write instead, keyed without the last dot as the tokenizer gives the word ("t.ex"). */
export const abbreviationsToWriteOut = new Map(
  Object.entries(list).flatMap(([form, { full }]) => (full ? [[form.slice(0, -1), full]] : [])),
)
