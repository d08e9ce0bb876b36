"use client";

import { settleAction } from "@/lib/actions/call-action";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldErrors } from "@/lib/errors/app-error";
import { createWorkspaceAction } from "../actions";

export function CreateWorkspaceForm() {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-3"
      noValidate
      // onSubmit, not a form action: React resets a form after its action, failed or not.
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const formData = new FormData(form);
        startTransition(async () => {
          const result = await settleAction(() => createWorkspaceAction({ name: formData.get("name") }));
          if (!result.ok) {
            setError(result.fieldErrors ? null : result.error);
            setFieldErrors(result.fieldErrors ?? {});
          }
        });
      }}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <TextField
        label="Workspace name"
        name="name"
        required
        placeholder="e.g. Politics desk"
        errors={fieldErrors.name}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create workspace"}
      </Button>
    </form>
  );
}
