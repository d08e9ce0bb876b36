"use client";

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
      action={(formData) =>
        startTransition(async () => {
          const result = await createWorkspaceAction({ name: formData.get("name") });
          if (!result.ok) {
            setError(result.fieldErrors ? null : result.error);
            setFieldErrors(result.fieldErrors ?? {});
          }
        })
      }
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
