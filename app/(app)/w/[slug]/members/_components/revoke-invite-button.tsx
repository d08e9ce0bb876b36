"use client";

import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { revokeInviteAction } from "../actions";

export function RevokeInviteButton({ slug, inviteId, email }: { slug: string; inviteId: string; email: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={pending}
      onClick={() => startTransition(async () => void (await revokeInviteAction(slug, inviteId)))}
    >
      Withdraw<span className="sr-only"> invite for {email}</span>
    </Button>
  );
}
