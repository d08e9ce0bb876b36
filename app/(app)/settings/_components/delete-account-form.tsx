"use client";

import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldErrors } from "@/lib/errors/app-error";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm() {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form
        className="grid gap-3 sm:grid-cols-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const password = new FormData(event.currentTarget).get("password");
          if (!window.confirm("Delete your Margin account? This cannot be undone.")) return;
          startTransition(async () => {
            const result = await deleteAccountAction({ password });
            setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
            setError(result.ok || result.fieldErrors ? null : result.error);
            if (result.ok) await signOut({ callbackUrl: "/sign-in" });
          });
        }}
      >
        <TextField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          errors={fieldErrors.password}
        />
        <div className="flex items-end">
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Deleting…" : "Delete my account"}
          </Button>
        </div>
      </form>
    </div>
  );
}
