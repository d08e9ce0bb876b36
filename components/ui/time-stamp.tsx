"use client";

// A moment in the reader's time zone. The server renders it in UTC (it does not know the zone);
// the browser renders it again in its own zone, so one format and one zone appear on a page.
import { useSyncExternalStore } from "react";
import { browserTimeZone, formatDate, formatDateTime } from "@/lib/format/dates";

const subscribe = () => () => {};

export function TimeStamp({ date, dateOnly = false }: { date: Date | string; dateOnly?: boolean }) {
  const timeZone = useSyncExternalStore(subscribe, browserTimeZone, () => "UTC");
  const iso = new Date(date).toISOString();
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {dateOnly ? formatDate(iso, timeZone) : formatDateTime(iso, timeZone)}
    </time>
  );
}
