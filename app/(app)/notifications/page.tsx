import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format/dates";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { PageHeader } from "@/components/ui/page-header";
import { NotificationList } from "./_components/notification-list";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const actor = await requireActor("/notifications");
  const { after } = await searchParams;
  const page = await listNotifications(getDb(), { actor, input: { limit: "50", ...(after ? { cursor: after } : {}) } });
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <PageHeader
        title="Notifications"
        description={
          <>
            Assignments, replies, mentions, disagreements, published verdicts and your claims in the trash. Choose
            e-mail in{" "}
            <Link href="/settings#notifications" className="text-accent underline">
              Settings
            </Link>
            .
          </>
        }
      />
      <NotificationList
        initialUnread={page.unread}
        items={page.data.map((n) => ({
          id: n.id,
          text: n.text,
          excerpt: n.excerpt,
          href: n.href,
          workspace: n.workspace.name,
          at: formatDateTime(n.createdAt),
          atIso: n.createdAt.toISOString(),
          read: n.readAt !== null,
        }))}
      />
      <nav aria-label="More notifications" className="mt-4 flex gap-4 text-sm">
        {after ? (
          <Link href="/notifications" className="text-accent underline">
            Newest
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`/notifications?after=${encodeURIComponent(page.nextCursor)}`} className="text-accent underline">
            Older
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
