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
  publicSite,
  version,
}: {
  workspaceId: string;
  slug: string;
  name: string;
  blindReview: boolean;
  /** The public fact-check site's switch and ClaimReview's author; `index` is the site's address. */
  publicSite: { on: boolean; organisationName: string | null; organisationUrl: string | null; index: string };
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
              publicSite: data.get("publicSite") === "on",
              organisationName: data.get("organisationName"),
              organisationUrl: data.get("organisationUrl"),
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
      <fieldset className="space-y-3 border-t border-stone-200 pt-4">
        <legend className="sr-only">Public fact-check site</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="publicSite" defaultChecked={publicSite.on} className="mt-1" />
          <span>
            <span className="font-medium">Public fact-check site</span>
            <span className="block text-stone-600">
              Published final verdicts get a public page anyone can read, signed out, with an index and an Atom feed at{" "}
              {publicSite.on ? (
                <a href={publicSite.index} className="text-accent underline">
                  {publicSite.index}
                </a>
              ) : (
                <code>{publicSite.index}</code>
              )}
              . Unpublishing a verdict takes its page down.
            </span>
          </span>
        </label>
        <TextField
          label="Organisation name (ClaimReview author)"
          name="organisationName"
          defaultValue={publicSite.organisationName ?? ""}
          placeholder={name}
          errors={fieldErrors.organisationName}
        />
        <TextField
          label="Organisation web address"
          name="organisationUrl"
          type="url"
          defaultValue={publicSite.organisationUrl ?? ""}
          placeholder="https://"
          errors={fieldErrors.organisationUrl}
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
