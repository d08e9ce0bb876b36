"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { callAction } from "@/lib/actions/call-action";
import { confirmSignUpAction } from "../actions";

export function ConfirmSignUpButton({ token, email }: { token: string; email: string }) {
  const [error, setError] = useState<string | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (next)
    return (
      <Notice tone="success">
        Your account is ready.{" "}
        <Link className="underline" href={`/sign-in?callbackUrl=${encodeURIComponent(next)}`}>
          Sign in
        </Link>{" "}
        with {email} and the password you chose.
      </Notice>
    );
  return (
    <div className="space-y-4">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <p className="text-sm text-stone-700">
        Create the Margin account for <strong>{email}</strong>.
      </p>
      <Button
        className="w-full"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callAction(() => confirmSignUpAction(token));
            if (result.ok) setNext(result.data.callbackUrl);
            else setError(result.failure.message);
          })
        }
      >
        {pending ? "Creating…" : "Create my account"}
      </Button>
    </div>
  );
}
