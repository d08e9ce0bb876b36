"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { settleAction } from "@/lib/actions/call-action";
import { revokeInviteAction } from "../actions";

export function RevokeInviteButton({ slug, inviteId, email }: { slug: string; inviteId: string; email: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await settleAction(() => revokeInviteAction(slug, inviteId));
            if (!result.ok) setError(result.error);
          })
        }
      >
        Withdraw<span className="sr-only"> invite for {email}</span>
      </Button>
      {error ? (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
