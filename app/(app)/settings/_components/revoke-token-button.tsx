"use client";

import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { revokeApiTokenAction } from "../actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size="sm"
      variant="ghost"
      className="text-red-700"
      disabled={pending}
      onClick={() => {
        if (window.confirm(`Revoke “${name}”? Tools using it will stop working.`))
          startTransition(async () => void (await revokeApiTokenAction(tokenId)));
      }}
    >
      Revoke<span className="sr-only"> {name}</span>
    </Button>
  );
}
