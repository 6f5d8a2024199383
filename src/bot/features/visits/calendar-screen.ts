import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";

/**
 * A visit as an iCalendar file (.ics) that a phone's calendar adds with one tap. Times are written in the desk's
 * zone (TZID) with the zone's own rules beside them (VTIMEZONE, computed from the time-zone database for the
 * years around the visit), so a visit across a daylight-saving change keeps its wall-clock time everywhere. A
 * visit moved to another time keeps its UID and raises SEQUENCE: calendars replace the earlier event.
 */
export interface CalendarVisit {
  uid: string;
  sequence: number;
  from: Date;
  to: Date;
  summary: string;
  description: string;
  location?: string;
  geo?: { lat: number; lon: number };
  /** When the file was made (DTSTAMP). */
  stamp: Date;
}

export function visitCalendar(visit: CalendarVisit, timezone: string): string {
  const year = DateTime.fromJSDate(visit.from, { zone: timezone }).year;
  const calendar = ical({
    prodId: { company: "N.O.I. per la casa", product: "NOI Desk", language: "IT" },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: DTSTAMP stays in UTC as the standard wants; the event's zone brings its VTIMEZONE.
    timezone: { name: null, generator: (zone) => vtimezone(zone, year - 1, year + 1) },
  });
  const zoned = (at: Date) => DateTime.fromJSDate(at, { zone: timezone });
  calendar.createEvent({
    id: visit.uid,
    sequence: visit.sequence,
    start: zoned(visit.from),
    end: zoned(visit.to),
    timezone,
    stamp: visit.stamp,
    summary: visit.summary,
    description: visit.description,
    status: ICalEventStatus.CONFIRMED,
    ...(visit.location || visit.geo
      ? { location: visit.geo ? { title: visit.location ?? `${visit.geo.lat},${visit.geo.lon}`, geo: visit.geo } : visit.location! }
      : {}),
  });
  return calendar.toString();
}

/** "+0100" as iCalendar writes a UTC offset given in minutes. */
function offset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** The instant in (a, b] where the zone's offset changes, to the minute. */
function transitionBetween(a: DateTime, b: DateTime): DateTime {
  let lo = a.toMillis();
  let hi = b.toMillis();
  const before = a.offset;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (DateTime.fromMillis(mid, { zone: a.zone }).offset === before) lo = mid;
    else hi = mid;
  }
  return DateTime.fromMillis(hi, { zone: a.zone });
}

/**
 * The zone's observances from January of `fromYear` to December of `toYear`, each change at its own DTSTART (no
 * recurrence rule to get wrong): what a reader needs to place the visit's local times on the right instants.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string | null {
  const start = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone });
  if (!start.isValid) return null;
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone });
  const observance = (at: DateTime, from: number, to: number, daylight: boolean) => {
    // DTSTART is the local time of the change read with the offset in force before it.
    const local = at.toUTC().plus({ minutes: from });
    const kind = daylight ? "DAYLIGHT" : "STANDARD";
    return [
      `BEGIN:${kind}`,
      `DTSTART:${local.toFormat("yyyyLLdd'T'HHmmss")}`,
      `TZOFFSETFROM:${offset(from)}`,
      `TZOFFSETTO:${offset(to)}`,
      `END:${kind}`,
    ];
  };
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`, ...observance(start, start.offset, start.offset, start.isInDST)];
  for (let day = start; day < end; ) {
    const next = day.plus({ days: 1 });
    if (next.offset !== day.offset) {
      const change = transitionBetween(day, next);
      lines.push(...observance(change, day.offset, change.offset, change.isInDST));
    }
    day = next;
  }
  lines.push("END:VTIMEZONE");
  return `${lines.join("\r\n")}\r\n`;
}
