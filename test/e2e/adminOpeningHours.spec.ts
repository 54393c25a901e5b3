import { expect, test } from '@playwright/test'

import {
  addRow,
  choose,
  expectFieldError,
  field,
  publish,
  readBack,
  saveDraft,
  setCheckbox,
  typeInto,
} from './adminForm'
import { logIn } from './helpers'

test.beforeEach(async ({ page }) => {
  await logIn(page)
  await page.goto('/admin/collections/opening-hours/create')
  await expect(field(page, 'name')).toBeEditable()
})

test('opening hours: a minimal document is saved as a draft, then published', async ({ page }) => {
  const name = `Simhallen – besökstid ${Date.now()}`
  await typeInto(page, 'name', name)
  const id = await saveDraft(page)
  expect(await readBack(page, 'opening-hours', id, true)).toMatchObject({
    _status: 'draft',
    exceptions: [],
    name,
    periods: [],
    weekly: [],
  })
  await publish(page)
  expect(await readBack(page, 'opening-hours', id)).toMatchObject({ _status: 'published', name })
})

test('opening hours: a full document with a row in every list is published as entered', async ({
  page,
}) => {
  const name = `Badhuset – telefontid ${Date.now()}`
  await typeInto(page, 'name', name)
  await choose(page, 'kind', 'Telefontid')

  await addRow(page, 'weekly')
  await choose(page, 'weekly.0.days', 'Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag')
  await addRow(page, 'weekly.0.intervals')
  await typeInto(page, 'weekly.0.intervals.0.from', '8')
  await typeInto(page, 'weekly.0.intervals.0.to', '16.30')
  // The row says what it holds.
  await expect(field(page, 'weekly').locator('.row-label').first()).toHaveText(
    'Måndag–fredag 08.00–16.30',
  )

  await addRow(page, 'periods')
  await typeInto(page, 'periods.0.validFrom', '2027-06-21')
  await typeInto(page, 'periods.0.validThrough', '2027-08-13')
  await addRow(page, 'periods.0.weekly')
  await choose(page, 'periods.0.weekly.0.days', 'Måndag')
  await addRow(page, 'periods.0.weekly.0.intervals')
  await typeInto(page, 'periods.0.weekly.0.intervals.0.from', '9:00')
  await typeInto(page, 'periods.0.weekly.0.intervals.0.to', '15')

  await addRow(page, 'exceptions')
  await typeInto(page, 'exceptions.0.from', '2026-12-23')
  await setCheckbox(page, 'exceptions.0.closed', false)
  await addRow(page, 'exceptions.0.intervals')
  await typeInto(page, 'exceptions.0.intervals.0.from', '10')
  await typeInto(page, 'exceptions.0.intervals.0.to', '14')
  await typeInto(page, 'exceptions.0.note', 'Kortare tider dagen före julafton.')

  await typeInto(page, 'notice.text', 'Telefonen är stängd under utbildningsdagen.')
  await typeInto(page, 'notice.from', '2027-01-15')
  await typeInto(page, 'notice.to', '2027-01-16')
  // Open on the eves, but only a half day: the hours appear once the box is unticked.
  await expect(field(page, 'holidays.eveHours')).toHaveCount(0)
  await setCheckbox(page, 'holidays.closedOnEves', false)
  await addRow(page, 'holidays.eveHours')
  await typeInto(page, 'holidays.eveHours.0.from', '9')
  await typeInto(page, 'holidays.eveHours.0.to', '12')
  const id = await publish(page)

  const stored = await readBack(page, 'opening-hours', id)
  expect(stored).toMatchObject({
    _status: 'published',
    exceptions: [
      {
        closed: false,
        from: '2026-12-23',
        intervals: [{ from: '10:00', to: '14:00' }],
        note: 'Kortare tider dagen före julafton.',
      },
    ],
    holidays: {
      closedOnEves: false,
      closedOnPublicHolidays: true,
      eveHours: [{ from: '09:00', to: '12:00' }],
    },
    kind: 'telefontid',
    name,
    notice: { text: 'Telefonen är stängd under utbildningsdagen.' },
    periods: [
      {
        validFrom: '2027-06-21',
        validThrough: '2027-08-13',
        weekly: [{ days: ['1'], intervals: [{ from: '09:00', to: '15:00' }] }],
      },
    ],
    weekly: [{ days: ['1', '2', '3', '4', '5'], intervals: [{ from: '08:00', to: '16:30' }] }],
  })
  expect(stored.notice.from.slice(0, 10)).toBe('2027-01-15')
  expect(stored.notice.to.slice(0, 10)).toBe('2027-01-16')
})

test('opening hours: a time that is not a time gets a Swedish message on that field', async ({
  page,
}) => {
  const name = `Återvinningscentralen ${Date.now()}`
  await typeInto(page, 'name', name)
  await addRow(page, 'weekly')
  await choose(page, 'weekly.0.days', 'Lördag')
  await addRow(page, 'weekly.0.intervals')
  await typeInto(page, 'weekly.0.intervals.0.from', '9')
  await typeInto(page, 'weekly.0.intervals.0.to', '25.00')
  await page.locator('#action-save').click()
  await expectFieldError(page, 'weekly.0.intervals.0.to', /"25\.00" är ingen giltig tid/)
  // Everything else the editor wrote is still there.
  await expect(field(page, 'name')).toHaveValue(name)
  await expect(field(page, 'weekly.0.intervals.0.from')).toHaveValue('9')
})
