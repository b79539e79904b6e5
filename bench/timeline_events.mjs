// The gold chronology (TIMEX3 values: 2023-09-12, 2023, 2020-FA, 2023-W38) as TimelineJS events.
const SEASON_MONTH = { SP: 3, SU: 6, FA: 9, WI: 12 };

// Monday of ISO week `week` of `year`.
function isoWeekMonday(year, week) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
}

export function timexToDate(value) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return { year: +m[1], month: +m[2], day: +m[3] };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { year: +m[1], month: +m[2] };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return isoWeekMonday(+m[1], +m[2]);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return { year: +m[1], month: SEASON_MONTH[m[2]] };
  if ((m = /^(\d{4})$/.exec(value))) return { year: +m[1] };
  return null;
}

export function timelineEvents(events) {
  return events
    .map((e) => ({ start_date: timexToDate(e.when), text: { headline: e.place || '', text: e.summary || '' } }))
    .filter((e) => e.start_date);
}
