import type { Metadata } from "next";
import Link from "next/link";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format/dates";
import { describeUserAgent } from "@/lib/sessions/describe-user-agent";
import { listSessions } from "@/lib/sessions/list-sessions";
import { hasPasswordSignIn } from "@/lib/users/has-password-sign-in";
import { listWorkspacesForUser } from "@/lib/workspaces/list-workspaces-for-user";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateTokenForm } from "./_components/create-token-form";
import { RevokeTokenButton } from "./_components/revoke-token-button";
import { SessionList } from "./_components/session-list";
import { ChangePasswordForm } from "./_components/change-password-form";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { NotificationPreferencesForm } from "./_components/notification-preferences-form";
import { getNotificationPreferences } from "@/lib/notifications/notification-preferences";
import { mailConfigured } from "@/lib/mail/send-mail";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor("/settings");
  const [tokens, workspaces, sessions, notificationPreferences] = await Promise.all([
    listApiTokens(getDb(), { actor }),
    listWorkspacesForUser(getDb(), { actor }),
    listSessions(getDb(), { actor }),
    getNotificationPreferences(getDb(), { actor }),
  ]);
  const hasPassword = await hasPasswordSignIn(getDb(), { actor });
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader title="Settings" description={`Signed in as ${actor.user.name} (${actor.user.email}).`} />
      {hasPassword ? (
        <Card className="mb-6">
          <h2 className="mb-1 text-lg font-semibold">Password</h2>
          <p className="mb-4 text-sm text-stone-600">
            Changing it signs you out everywhere else; this browser stays signed in.
          </p>
          <ChangePasswordForm />
        </Card>
      ) : null}
      <Card className="mb-6">
        <h2 id="notifications" className="mb-1 text-lg font-semibold">
          Notifications
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          Margin always shows them under the bell at the top. It can also e-mail each one at once, or once a day in one
          digest.
        </p>
        <NotificationPreferencesForm {...notificationPreferences} mailConfigured={mailConfigured()} />
      </Card>
      <Card className="mb-6">
        <h2 className="mb-1 text-lg font-semibold">Where you are signed in</h2>
        <p className="mb-4 text-sm text-stone-600">
          Each browser you signed in with. Signing one out ends it at once, on every page, API call and live view; sign
          out everywhere if you used a computer that is not yours or lost a device.
        </p>
        <SessionList
          sessions={sessions.map((session) => ({
            id: session.id,
            device: describeUserAgent(session.userAgent),
            signedIn: session.createdAt.toISOString(),
            lastSeen: session.lastSeenAt.toISOString(),
            current: session.current,
          }))}
        />
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">API tokens</h2>
        <p className="mb-4 text-sm text-stone-600">
          Tokens let scripts and other tools use Margin&apos;s API as you, in one workspace. Send them as{" "}
          <code>Authorization: Bearer &lt;token&gt;</code>. See the{" "}
          <Link href="/api-docs" className="text-accent underline">
            API reference
          </Link>
          .
        </p>
        <CreateTokenForm workspaces={workspaces.map((w) => ({ id: w.id, name: w.name }))} />
        <table className="mt-6 w-full text-left text-sm">
          <caption className="sr-only">Your API tokens</caption>
          <thead className="text-xs text-stone-600">
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Workspace</th>
              <th scope="col">Access</th>
              <th scope="col">Token</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => {
              const expired = token.expiresAt !== null && token.expiresAt < new Date();
              return (
                <tr key={token.id} className="border-t border-stone-200">
                  <td className="py-1.5">{token.name}</td>
                  <td>{token.workspace.name}</td>
                  <td>{token.scope === "read" ? "read" : "read-write"}</td>
                  <td>
                    <code>{token.tokenPrefix}…</code>
                  </td>
                  <td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : "never"}</td>
                  <td>
                    {token.revokedAt
                      ? "revoked"
                      : expired
                        ? "expired"
                        : token.expiresAt
                          ? `expires ${formatDate(token.expiresAt)}`
                          : "active"}
                  </td>
                  <td className="text-right">
                    {!token.revokedAt && !expired ? <RevokeTokenButton tokenId={token.id} name={token.name} /> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>
      {hasPassword ? (
        <Card className="mt-6">
          <h2 className="mb-1 text-lg font-semibold">Delete your account</h2>
          <p className="mb-4 text-sm text-stone-600">
            You leave every workspace and are signed out everywhere; your API tokens stop working. What you wrote stays
            for your colleagues, credited to “deleted user”. Your e-mail can be used to sign up again.
          </p>
          <DeleteAccountForm />
        </Card>
      ) : null}
    </main>
  );
}
