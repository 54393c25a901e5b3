import type { Endpoint } from 'payload'

import type { KlarkollSettings } from '../types'

import { dashboardRows, filterFrom, filterRows, rowsToCsv } from '../dashboard/rows'

/** GET /api/klarkoll/report.csv — the dashboard's table, with the same filters, for a spreadsheet. */
export const reportCsvEndpoint = (settings: KlarkollSettings): Endpoint => ({
  handler: async (req) => {
    if (!req.user) {
      return Response.json({ errors: [{ message: 'Logga in först.' }] }, { status: 401 })
    }
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const filter = filterFrom((key) => params.get(key))
    const rows = filterRows(await dashboardRows(req, settings), filter)
    return new Response(rowsToCsv(rows), {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Disposition': 'attachment; filename="klarkoll-rapport.csv"',
        'Content-Type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/klarkoll/report.csv',
})
