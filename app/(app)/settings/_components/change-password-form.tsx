"use client";

import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import type { FieldErrors } from "@/lib/errors/app-error";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm() {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const form = useRef<HTMLFormElement>(null);
  return (
    <div className="space-y-3">
      {done !== null ? (
        <Notice tone="success">
          Password changed.{" "}
          {done ? `${done} other session${done === 1 ? " was" : "s were"} signed out.` : "No other session was open."}
        </Notice>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form
        ref={form}
        className="grid gap-3 sm:grid-cols-3"
        noValidate
        action={(data) =>
          startTransition(async () => {
            const result = await changePasswordAction({
              currentPassword: data.get("currentPassword"),
              newPassword: data.get("newPassword"),
            });
            setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
            setError(result.ok || result.fieldErrors ? null : result.error);
            setDone(result.ok ? result.data.otherSessionsEnded : null);
            if (result.ok) form.current?.reset();
          })
        }
      >
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          errors={fieldErrors.currentPassword}
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words work well.`}
          errors={fieldErrors.newPassword}
        />
        <div className="flex items-end">
          <Button type="submit" disabled={pending}>
            {pending ? "Changing…" : "Change password"}
          </Button>
        </div>
      </form>
    </div>
  );
}
