import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format/dates";
import { loadWorkspace } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/permissions/roles";
import { listPendingInvites } from "@/lib/workspaces/list-invites";
import { listMembers } from "@/lib/workspaces/list-members";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { InviteForm } from "./_components/invite-form";
import { MemberRow } from "./_components/member-row";
import { RevokeInviteButton } from "./_components/revoke-invite-button";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, workspace, member } = await loadWorkspace(slug);
  const isAdmin = can(member, "member.invite");
  const [members, invites] = await Promise.all([
    listMembers(getDb(), { actor, workspaceId: workspace.id }),
    isAdmin ? listPendingInvites(getDb(), { actor, workspaceId: workspace.id }) : Promise.resolve([]),
  ]);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <PageHeader
        title="Members"
        description={isAdmin ? "Invite people and set what they can do." : "Who works in this workspace."}
      />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Members of {workspace.name}</caption>
          <thead className="bg-stone-50 text-stone-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                E-mail
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Role
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Joined
              </th>
              {isAdmin ? (
                <th scope="col" className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {members.map((row) => (
              <MemberRow
                key={row.membershipId}
                slug={slug}
                member={row}
                editable={isAdmin}
                isSelf={row.userId === actor.userId}
                joined={formatDate(row.joinedAt)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin ? (
        <div className="mt-8 grid gap-6 md:grid-cols-2">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Invite someone</h2>
            <InviteForm slug={slug} />
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Pending invites</h2>
            {invites.length === 0 ? (
              <p className="text-sm text-stone-600">None.</p>
            ) : (
              <ul className="divide-y divide-stone-200 text-sm">
                {invites.map((invite) => (
                  <li key={invite.id} className="flex items-center justify-between gap-3 py-2">
                    <span>
                      {invite.email} · {ROLE_LABELS[invite.role as keyof typeof ROLE_LABELS] ?? invite.role}
                      <span className="block text-xs text-stone-500">expires {formatDate(invite.expiresAt)}</span>
                    </span>
                    <RevokeInviteButton slug={slug} inviteId={invite.id} email={invite.email} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      ) : null}
      <section className="mt-8" aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="mb-2 text-base font-semibold">
          Roles
        </h2>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {ROLES.map((role) => (
            <div key={role}>
              <dt className="font-medium">{ROLE_LABELS[role]}</dt>
              <dd className="text-stone-600">{ROLE_DESCRIPTIONS[role]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </main>
  );
}
