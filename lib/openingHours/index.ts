export { dayPlan, statusAt, week } from './evaluate'
export { holidayOn, holidaysOf, type SwedishHoliday } from './holidays'
export { addDays, toInstant, toLocal, weekdayOf } from './stockholmTime'
export type * from './types'
