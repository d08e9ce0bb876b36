"use client";

import { settleAction } from "@/lib/actions/call-action";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldErrors } from "@/lib/errors/app-error";
import { updateWorkspaceSettingsAction } from "../actions";

export function WorkspaceSettingsForm({
  workspaceId,
  slug,
  name,
  blindReview,
  version,
}: {
  workspaceId: string;
  slug: string;
  name: string;
  blindReview: boolean;
  version: number;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  return (
    <form
      className="space-y-4"
      // onSubmit, not a form action: React resets a form after its action, failed or not.
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        startTransition(async () => {
          const result = await settleAction(() =>
            updateWorkspaceSettingsAction(workspaceId, slug, {
              name: data.get("name"),
              blindReview: data.get("blindReview") === "on",
              version,
            }),
          );
          setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
          setMessage(result.ok ? { tone: "success", text: "Saved." } : { tone: "error", text: result.error });
        });
      }}
    >
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <TextField label="Name" name="name" defaultValue={name} errors={fieldErrors.name} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="blindReview" defaultChecked={blindReview} className="mt-1" />
        <span>
          <span className="font-medium">Blind review</span>
          <span className="block text-stone-600">
            Reviewers see others’ verdicts on a claim only after submitting their own. Editors always see them.
          </span>
        </span>
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
