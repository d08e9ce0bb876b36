"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { announceUnreadCount } from "@/components/notifications/notification-bell";
import { Button } from "@/components/ui/button";
import { SaveError } from "@/components/ui/save-error";
import { markNotificationsReadAction } from "../actions";

export interface InboxItem {
  id: string;
  text: string;
  excerpt: string;
  href: string;
  workspace: string;
  at: string;
  atIso: string;
  read: boolean;
}

/** The inbox: each notification links to its place (and is marked read on the way); mark one or all read. */
export function NotificationList({ items, initialUnread }: { items: InboxItem[]; initialUnread: number }) {
  const router = useRouter();
  const [readIds, setReadIds] = useState<Set<string>>(() => new Set(items.filter((i) => i.read).map((i) => i.id)));
  const [unread, setUnread] = useState(initialUnread);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const mark = async (input: { ids: string[] } | { all: true }) => {
    const result = await markNotificationsReadAction(input);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    setReadIds((ids) => new Set([...ids, ...("ids" in input ? input.ids : items.map((i) => i.id))]));
    setUnread(result.data.unread);
    announceUnreadCount(result.data.unread);
    return true;
  };
  if (items.length === 0) return <p className="text-sm text-stone-600">Nothing yet. You are all caught up.</p>;
  return (
    <section aria-label="Your notifications">
      <div className="mb-3 flex items-center justify-between gap-3">
        <p className="text-sm text-stone-700" role="status">
          {unread} unread
        </p>
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || unread === 0}
          onClick={() => startTransition(async () => void (await mark({ all: true })))}
        >
          Mark all read
        </Button>
      </div>
      <SaveError message={error} canRetry={false} pending={pending} onRetry={() => {}} />
      <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
        {items.map((item) => {
          const read = readIds.has(item.id);
          return (
            <li key={item.id} className={`flex items-start gap-3 p-3 ${read ? "" : "bg-amber-50"}`}>
              <div className="min-w-0 flex-1">
                <a
                  href={item.href}
                  className={`text-sm text-ink underline-offset-2 hover:underline ${read ? "" : "font-semibold"}`}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    startTransition(async () => {
                      if (!read) await mark({ ids: [item.id] });
                      router.push(item.href);
                    });
                  }}
                >
                  {read ? null : <span className="sr-only">Unread: </span>}
                  {item.text}
                </a>
                {item.excerpt ? <p className="mt-0.5 truncate text-sm text-stone-700">“{item.excerpt}”</p> : null}
                <p className="mt-0.5 text-xs text-stone-600">
                  {item.workspace} · <time dateTime={item.atIso}>{item.at}</time>
                </p>
              </div>
              {read ? null : (
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                  onClick={() => startTransition(async () => void (await mark({ ids: [item.id] })))}
                >
                  Mark read<span className="sr-only">: {item.text}</span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
