"use client";

import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { callAction } from "@/lib/actions/call-action";
import type { FieldErrors } from "@/lib/errors/app-error";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { signUpAction } from "../actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();
  const [checkMail, setCheckMail] = useState<string | null>(null);

  // Every field, the password included, stays after a failure: the error is usually about one
  // field (an e-mail already used), and the password is the person's own choice, never shown.
  function submit(formData: FormData) {
    setError(null);
    setFieldErrors({});
    const input = {
      name: String(formData.get("name") ?? ""),
      email: String(formData.get("email") ?? ""),
      password: String(formData.get("password") ?? ""),
    };
    startTransition(async () => {
      const result = await callAction(() => signUpAction(input, callbackUrl));
      if (!result.ok) {
        setError(result.failure.message);
        setFieldErrors(result.failure.fieldErrors);
        return;
      }
      if (result.data.confirmByMail) {
        setCheckMail(result.data.email);
        return;
      }
      const signedIn = await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirect: false,
      }).catch(() => null);
      if (!signedIn || signedIn.error) {
        setError("Your account was created, but signing in failed. Try signing in.");
        return;
      }
      window.location.assign(callbackUrl);
    });
  }

  // The same words whether or not the address already has an account (start-sign-up.ts).
  if (checkMail)
    return (
      <Notice tone="success">
        Check your e-mail: we sent a message to {checkMail}. Follow its link within a day to finish.
      </Notice>
    );

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <TextField label="Name" name="name" autoComplete="name" required errors={fieldErrors.name} />
      <TextField label="E-mail" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={fieldErrors.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
