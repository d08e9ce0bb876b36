import type { Metadata } from "next";
import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ROLE_LABELS } from "@/lib/permissions/roles";
import { findInvite } from "@/lib/workspaces/accept-invite";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { AcceptInviteButton } from "./_components/accept-invite-button";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, user] = await Promise.all([findInvite(getDb(), token), getSessionUser()]);
  const here = `/invite/${encodeURIComponent(token)}`;
  const problem = !invite
    ? "This invite link is not valid."
    : invite.revokedAt
      ? "This invite was withdrawn. Ask the admin for a new link."
      : invite.acceptedAt
        ? "This invite has already been used."
        : invite.expiresAt < new Date()
          ? "This invite has expired. Ask the admin for a new link."
          : null;
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <p className="mb-8 font-serif text-3xl font-semibold tracking-tight">Margin</p>
      <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <h1 className="mb-3 text-xl font-semibold">Invitation</h1>
        {problem || !invite ? (
          <Notice tone="error">{problem}</Notice>
        ) : (
          <>
            <p className="mb-5 text-stone-700">
              {invite.invitedBy.name} invited {invite.email} to join <strong>{invite.workspace.name}</strong> as{" "}
              {ROLE_LABELS[invite.role as keyof typeof ROLE_LABELS] ?? invite.role}.
            </p>
            {user ? (
              <AcceptInviteButton token={token} userName={user.name} />
            ) : (
              <div className="flex flex-wrap gap-2">
                <Link className={buttonClass()} href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>
                  Create an account
                </Link>
                <Link className={buttonClass("secondary")} href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
                  Sign in
                </Link>
              </div>
            )}
          </>
        )}
      </div>
    </main>
  );
}
