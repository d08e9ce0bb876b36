"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { acceptInviteAction } from "../actions";
import { settleAction } from "@/lib/actions/call-action";

export function AcceptInviteButton({ token, userName }: { token: string; userName: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await settleAction(() => acceptInviteAction(token));
            if (!result.ok) setError(result.error);
          })
        }
      >
        {pending ? "Joining…" : `Join as ${userName}`}
      </Button>
    </div>
  );
}
