"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/permissions/roles";
import { OneTimeLink } from "@/components/ui/one-time-link";
import { changeRoleAction, issuePasswordResetAction, removeMemberAction } from "../actions";
import type { ActionResult } from "@/lib/actions/action-result";
import { settleAction } from "@/lib/actions/call-action";

interface Member {
  membershipId: string;
  name: string;
  email: string;
  role: Role;
  version: number;
}

export function MemberRow({
  slug,
  member,
  editable,
  isSelf,
  joined,
}: {
  slug: string;
  member: Member;
  editable: boolean;
  isSelf: boolean;
  joined: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [resetLink, setResetLink] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (work: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setError(null);
      const result = await settleAction(work);
      if (!result.ok) setError(result.error);
    });
  return (
    <tr>
      <td className="px-4 py-2">
        {member.name}
        {isSelf ? <span className="text-stone-500"> (you)</span> : null}
      </td>
      <td className="px-4 py-2">{member.email}</td>
      <td className="px-4 py-2">
        {editable ? (
          <select
            aria-label={`Role of ${member.name}`}
            defaultValue={member.role}
            disabled={pending}
            className="rounded border border-stone-300 bg-white px-2 py-1"
            onChange={(event) =>
              run(() =>
                changeRoleAction(slug, {
                  membershipId: member.membershipId,
                  role: event.target.value,
                  version: member.version,
                }),
              )
            }
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        ) : (
          ROLE_LABELS[member.role]
        )}
        {error ? (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {error}
          </p>
        ) : null}
        {resetLink ? (
          <div role="status" className="mt-2 rounded border border-green-300 bg-green-50 p-2 text-xs text-green-900">
            Send this link to {member.name} yourself. It sets a new password once, within 24 hours, and is shown only
            now:
            <OneTimeLink label={`Password reset link for ${member.name}`} link={resetLink} />
          </div>
        ) : null}
      </td>
      <td className="px-4 py-2 text-stone-600">{joined}</td>
      {editable ? (
        <td className="px-4 py-2 text-right">
          {isSelf ? null : (
            <Button
              variant="ghost"
              size="sm"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  setError(null);
                  const result = await settleAction(() => issuePasswordResetAction(slug, member.membershipId));
                  if (result.ok) setResetLink(result.data.link);
                  else setError(result.error);
                })
              }
            >
              Reset link<span className="sr-only"> for {member.name}</span>
            </Button>
          )}
          <Button
            variant="ghost"
            size="sm"
            disabled={pending}
            onClick={() => {
              if (window.confirm(`Remove ${member.name} from this workspace?`))
                run(() => removeMemberAction(slug, member.membershipId));
            }}
          >
            Remove<span className="sr-only"> {member.name}</span>
          </Button>
        </td>
      ) : null}
    </tr>
  );
}
