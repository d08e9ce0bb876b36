"use client";
// The header's link to the inbox with the unread count. It asks for the count every 15 seconds
// while the page is visible, and at once when the page comes back into view or the inbox changes
// the count: one indexed COUNT per open tab, on any instance, with no stream to hold open next to
// the article's (see docs/notifications.md for why a poll rather than the live stream).
import Link from "next/link";
import { useEffect, useState } from "react";
import { readApi } from "@/lib/api/read-api";

const POLL_MS = 15_000;
export const NOTIFICATIONS_CHANGED = "margin:notifications-changed";

/** Tells the bell the count changed here (the inbox marked something read). */
export function announceUnreadCount(unread: number): void {
  window.dispatchEvent(new CustomEvent(NOTIFICATIONS_CHANGED, { detail: unread }));
}

export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  useEffect(() => {
    let cancelled = false;
    const refresh = async () => {
      if (document.visibilityState !== "visible") return;
      const result = await readApi("/api/v1/notifications/unread-count", {});
      if (!cancelled && result.ok) setUnread(result.data.unread);
    };
    const timer = window.setInterval(() => void refresh(), POLL_MS);
    const onVisible = () => void refresh();
    const onChanged = (event: Event) => setUnread(Number((event as CustomEvent<number>).detail));
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener(NOTIFICATIONS_CHANGED, onChanged);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChanged);
    };
  }, []);
  return (
    <Link
      href="/notifications"
      aria-label={`Notifications, ${unread} unread`}
      className="relative inline-flex items-center rounded-md p-1 text-stone-700 hover:text-ink"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -right-1.5 -top-1 min-w-[1.1rem] rounded-full bg-red-700 px-1 text-center text-[0.7rem] font-semibold leading-[1.1rem] text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
