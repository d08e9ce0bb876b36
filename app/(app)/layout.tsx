import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { SignOutButton } from "@/components/app/sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { getDb } from "@/lib/db/client";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const { user } = actor;
  const { unread } = await countUnreadNotifications(getDb(), { actor });
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-stone-200 bg-white">
        <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-2.5">
          <Link href="/workspaces" className="font-serif text-xl font-semibold tracking-tight text-ink no-underline">
            Margin
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <NotificationBell initialUnread={unread} />
            <Link href="/settings" className="text-stone-700 hover:text-ink">
              <span className="sr-only">Settings for </span>
              {user.name}
            </Link>
            <SignOutButton />
          </div>
        </nav>
      </header>
      {children}
    </div>
  );
}
