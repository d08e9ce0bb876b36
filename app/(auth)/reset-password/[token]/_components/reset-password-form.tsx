"use client";

import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { callAction } from "@/lib/actions/call-action";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import type { FieldErrors } from "@/lib/errors/app-error";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();

  // After the reset every earlier session has ended; this browser signs in with the new password.
  function submit(password: string) {
    setError(null);
    setFieldErrors({});
    startTransition(async () => {
      const result = await callAction(() => resetPasswordAction({ token, password }));
      if (!result.ok) {
        setError(result.failure.message);
        setFieldErrors(result.failure.fieldErrors);
        return;
      }
      const signedIn = await signIn("credentials", { email, password, redirect: false }).catch(() => null);
      window.location.assign(signedIn && !signedIn.error ? "/" : "/sign-in");
    });
  }

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(String(new FormData(event.currentTarget).get("password") ?? ""));
      }}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <p className="text-sm text-stone-700">
        For <strong>{email}</strong>. Every browser signed in to this account will be signed out.
      </p>
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
        errors={fieldErrors.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
