"use client";

import { settleAction } from "@/lib/actions/call-action";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldErrors } from "@/lib/errors/app-error";
import { ROLE_LABELS, ROLES } from "@/lib/permissions/roles";
import { inviteMemberAction } from "../actions";

export function InviteForm({ slug }: { slug: string }) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ email: string; link: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {invited ? (
        <Notice tone="success">
          <p>Send this link to {invited.email}. It works once, for 14 days, and is shown only now:</p>
          <input
            readOnly
            aria-label="Invite link"
            value={invited.link}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-2 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          />
          <p className="mt-2">
            <CopyButton text={invited.link} />
          </p>
        </Notice>
      ) : null}
      <form
        className="space-y-3"
        noValidate
        // onSubmit, not a form action: React resets a form after its action, failed or not.
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const formData = new FormData(form);
          startTransition(async () => {
            setError(null);
            setFieldErrors({});
            const result = await settleAction(() =>
              inviteMemberAction(slug, { email: formData.get("email"), role: formData.get("role") }),
            );
            if (result.ok) {
              form.reset();
              setInvited({ email: result.data.email, link: result.data.link });
            } else {
              setInvited(null);
              setFieldErrors(result.fieldErrors ?? {});
              if (!result.fieldErrors) setError(result.error);
            }
          });
        }}
      >
        <TextField label="E-mail" name="email" type="email" required errors={fieldErrors.email} />
        <SelectField label="Role" name="role" defaultValue="reviewer" errors={fieldErrors.role}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating link…" : "Create invite link"}
        </Button>
      </form>
    </div>
  );
}
