// Dates as people read them: one format everywhere ("6 Dec 2026" and "6 Dec 2026, 14:05 CET").
// Margin stores UTC. Moments (a note written, a revision saved) are shown in the reader's time
// zone through components/ui/time-stamp.tsx; calendar days (an article's publication date, a due
// date) and exports stay in UTC so every reviewer sees the same day.
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", timeZoneName: "short" } : {}),
      timeZone,
    });
    cache.set(key, format);
  }
  return format;
}

/** A calendar day, "6 Dec 2026" (UTC unless a zone is given). */
export function formatDate(date: Date | string, timeZone = "UTC"): string {
  return formatter(timeZone, false).format(new Date(date));
}

/** A moment, "6 Dec 2026, 14:05 CET" (UTC unless a zone is given). */
export function formatDateTime(date: Date | string, timeZone = "UTC"): string {
  return formatter(timeZone, true).format(new Date(date));
}

/** The reader's time zone, or UTC where it cannot be told. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}
