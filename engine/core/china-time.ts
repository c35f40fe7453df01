// China time (UTC+8, no daylight saving since 1991): the one place the engine turns instants into
// China calendar dates and back. Pure: instants in, instants or text out. (protocol/ keeps its own
// copy of the offset for validation and clients: it never imports engine/.)

export const chinaOffsetMs = 8 * 3_600_000;
export const dayMs = 86_400_000;

/** Midnight China time of a calendar date (month 1-12), in ms since the epoch. */
export function chinaDateMs(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - chinaOffsetMs;
}

/**
 * "YYYY-MM-DD" as the midnight China time that starts it, or undefined when it is not a real
 * calendar date (2026-02-30 is refused, never rolled over into March).
 */
export function parseChinaDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = chinaDateMs(year, month, day);
  const back = new Date(ms + chinaOffsetMs);
  return back.getUTCFullYear() === year && back.getUTCMonth() + 1 === month && back.getUTCDate() === day
    ? ms
    : undefined;
}

/** A Date whose UTC fields read as China local time (getUTCFullYear() is the China year, ...). */
export function chinaFields(ms: number): Date {
  return new Date(ms + chinaOffsetMs);
}

/** "yyyy-MM-dd HH:mm:ss" in China time. */
export function chinaDateTimeText(ms: number): string {
  return chinaFields(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** yyyyMMddHHmmss in China time (the time part of a msg_id). */
export function chinaStamp14(ms: number): string {
  return chinaFields(ms).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}
