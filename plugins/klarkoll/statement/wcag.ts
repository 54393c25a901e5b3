/**
 * The 50 success criteria of WCAG 2.1 level A and AA, which EN 301 549 and so DOS-lagen require,
 * with the names of the Swedish translation. Known issues in the accessibility statement point here.
 */
export type WcagCriterion = { id: string; level: 'A' | 'AA'; title: string }

export const wcag21: readonly WcagCriterion[] = [
  { id: '1.1.1', level: 'A', title: 'Icke-textbaserat innehåll' },
  { id: '1.2.1', level: 'A', title: 'Enbart ljud och enbart video (förinspelat)' },
  { id: '1.2.2', level: 'A', title: 'Undertexter (förinspelat)' },
  { id: '1.2.3', level: 'A', title: 'Syntolkning eller mediaalternativ (förinspelat)' },
  { id: '1.2.4', level: 'AA', title: 'Undertexter (direktsänt)' },
  { id: '1.2.5', level: 'AA', title: 'Syntolkning (förinspelat)' },
  { id: '1.3.1', level: 'A', title: 'Information och relationer' },
  { id: '1.3.2', level: 'A', title: 'Meningsfull ordningsföljd' },
  { id: '1.3.3', level: 'A', title: 'Sensoriska egenskaper' },
  { id: '1.3.4', level: 'AA', title: 'Visningsriktning' },
  { id: '1.3.5', level: 'AA', title: 'Identifiera syftet med inmatningar' },
  { id: '1.4.1', level: 'A', title: 'Användning av färg' },
  { id: '1.4.2', level: 'A', title: 'Ljudkontroll' },
  { id: '1.4.3', level: 'AA', title: 'Kontrast (minimum)' },
  { id: '1.4.4', level: 'AA', title: 'Ändra storlek på text' },
  { id: '1.4.5', level: 'AA', title: 'Bilder av text' },
  { id: '1.4.10', level: 'AA', title: 'Anpassning till liten skärm' },
  { id: '1.4.11', level: 'AA', title: 'Kontrast för icke-textuellt innehåll' },
  { id: '1.4.12', level: 'AA', title: 'Textavstånd' },
  { id: '1.4.13', level: 'AA', title: 'Innehåll vid hovring eller fokus' },
  { id: '2.1.1', level: 'A', title: 'Tangentbord' },
  { id: '2.1.2', level: 'A', title: 'Ingen tangentbordsfälla' },
  { id: '2.1.4', level: 'A', title: 'Kortkommandon med tecken' },
  { id: '2.2.1', level: 'A', title: 'Justerbar tidsgräns' },
  { id: '2.2.2', level: 'A', title: 'Pausa, stoppa, dölja' },
  { id: '2.3.1', level: 'A', title: 'Tre blinkningar eller under tröskelvärdet' },
  { id: '2.4.1', level: 'A', title: 'Möjlighet att hoppa över block' },
  { id: '2.4.2', level: 'A', title: 'Sidans titel' },
  { id: '2.4.3', level: 'A', title: 'Fokusordning' },
  { id: '2.4.4', level: 'A', title: 'Länkens syfte (i sitt sammanhang)' },
  { id: '2.4.5', level: 'AA', title: 'Flera olika sätt' },
  { id: '2.4.6', level: 'AA', title: 'Rubriker och etiketter' },
  { id: '2.4.7', level: 'AA', title: 'Synligt fokus' },
  { id: '2.5.1', level: 'A', title: 'Pekargester' },
  { id: '2.5.2', level: 'A', title: 'Pekaravbrytning' },
  { id: '2.5.3', level: 'A', title: 'Etikett i namn' },
  { id: '2.5.4', level: 'A', title: 'Rörelseaktivering' },
  { id: '3.1.1', level: 'A', title: 'Sidans språk' },
  { id: '3.1.2', level: 'AA', title: 'Språk för delar' },
  { id: '3.2.1', level: 'A', title: 'Vid fokus' },
  { id: '3.2.2', level: 'A', title: 'Vid inmatning' },
  { id: '3.2.3', level: 'AA', title: 'Konsekvent navigering' },
  { id: '3.2.4', level: 'AA', title: 'Konsekvent identifiering' },
  { id: '3.3.1', level: 'A', title: 'Identifiering av fel' },
  { id: '3.3.2', level: 'A', title: 'Etiketter eller instruktioner' },
  { id: '3.3.3', level: 'AA', title: 'Förslag vid fel' },
  { id: '3.3.4', level: 'AA', title: 'Förhindrande av fel (juridiska, ekonomiska, data)' },
  { id: '4.1.1', level: 'A', title: 'Parsning' },
  { id: '4.1.2', level: 'A', title: 'Namn, roll, värde' },
  { id: '4.1.3', level: 'AA', title: 'Statusmeddelanden' },
]

const byId = new Map(wcag21.map((criterion) => [criterion.id, criterion]))

export const wcagCriterion = (id: string | null | undefined): WcagCriterion | undefined =>
  id ? byId.get(id) : undefined

/** "1.4.3 Kontrast (minimum) (nivå AA)": how the admin and the statement name a criterion. */
export const wcagLabel = (criterion: WcagCriterion): string =>
  `${criterion.id} ${criterion.title} (nivå ${criterion.level})`
