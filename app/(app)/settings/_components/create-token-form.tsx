"use client";

import { settleAction } from "@/lib/actions/call-action";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldErrors } from "@/lib/errors/app-error";
import { createApiTokenAction } from "../actions";

export function CreateTokenForm({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<{ name: string; secret: string } | null>(null);
  return (
    <div className="space-y-3">
      {made ? (
        <Notice tone="success">
          <p>Token “{made.name}” created. Copy it now: it will not be shown again.</p>
          <input
            readOnly
            aria-label="New API token"
            value={made.secret}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-2 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          />
        </Notice>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form
        className="grid gap-3 sm:grid-cols-4"
        noValidate
        // onSubmit, not a form action: React resets a form after its action, failed or not.
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          startTransition(async () => {
            const days = String(data.get("expiresInDays") ?? "");
            const result = await settleAction(() =>
              createApiTokenAction({
                name: data.get("name"),
                workspaceId: data.get("workspaceId"),
                scope: data.get("scope"),
                expiresInDays: days ? Number(days) : null,
              }),
            );
            setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
            setError(result.ok || result.fieldErrors ? null : result.error);
            setMade(result.ok ? result.data : null);
            if (result.ok) form.reset();
          });
        }}
      >
        <TextField label="Name" name="name" placeholder="e.g. CMS sync" errors={fieldErrors.name} />
        <SelectField label="Workspace" name="workspaceId" errors={fieldErrors.workspaceId}>
          {workspaces.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Access" name="scope" defaultValue="read" errors={fieldErrors.scope}>
          <option value="read">Read only</option>
          <option value="read_write">Read and write</option>
        </SelectField>
        <SelectField label="Expires" name="expiresInDays" defaultValue="90" errors={fieldErrors.expiresInDays}>
          <option value="30">in 30 days</option>
          <option value="90">in 90 days</option>
          <option value="365">in a year</option>
          <option value="">never</option>
        </SelectField>
        <div className="sm:col-span-4">
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </Button>
        </div>
      </form>
    </div>
  );
}
