"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { callAction } from "@/lib/actions/call-action";
import type { FieldErrors } from "@/lib/errors/app-error";
import { requestPasswordResetAction } from "../actions";

// The answer is the same whether or not the address has an account (see request-password-reset.ts).
export function ForgotPasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState<{ email: string; mailConfigured: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  if (sent)
    return (
      <Notice tone="success">
        {sent.mailConfigured
          ? `If ${sent.email} has a Margin account, a link to choose a new password is on its way. It works once, within an hour. Check your spam folder if it does not arrive.`
          : "This Margin server does not send e-mail. Ask an admin of your workspace for a password reset link: they can make one on the Members page."}
      </Notice>
    );

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const email = String(new FormData(event.currentTarget).get("email") ?? "");
        setError(null);
        setFieldErrors({});
        startTransition(async () => {
          const result = await callAction(() => requestPasswordResetAction({ email }));
          if (!result.ok) {
            setError(result.failure.message);
            setFieldErrors(result.failure.fieldErrors);
            return;
          }
          setSent({ email: email.trim(), mailConfigured: result.data.mailConfigured });
        });
      }}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <p className="text-sm text-stone-700">
        Enter the e-mail you sign in with; we will send you a link to choose a new password.
      </p>
      <TextField label="E-mail" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
