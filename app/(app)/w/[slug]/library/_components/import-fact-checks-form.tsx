"use client";

// Import other fact-checkers' ClaimReviews: a feed or page address the server fetches, or a
// JSON-LD document pasted. Importing the same review again updates it.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { settleAction } from "@/lib/actions/call-action";
import type { FieldErrors } from "@/lib/errors/app-error";
import { importFactChecksAction } from "../actions";

export function ImportFactChecksForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  return (
    <form
      aria-label="Import fact-checks"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const url = String(data.get("url") ?? "").trim();
        const content = String(data.get("content") ?? "");
        startTransition(async () => {
          const result = await settleAction(() => importFactChecksAction(workspaceId, url ? { url } : { content }));
          setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
          if (result.ok) {
            const { added, updated, skipped } = result.data;
            setMessage({
              tone: "success",
              text: `Imported: ${added} new, ${updated} updated${skipped ? `, ${skipped} skipped (no address or claim)` : ""}.`,
            });
            form.reset();
            router.refresh();
          } else setMessage({ tone: "error", text: result.error });
        });
      }}
    >
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <TextField
        label="Feed or page address"
        name="url"
        type="url"
        placeholder="https://"
        hint="A JSON-LD feed of ClaimReviews, or a fact-check page that carries one."
        errors={fieldErrors.url}
      />
      <TextAreaField
        label="…or paste JSON-LD"
        name="content"
        rows={6}
        hint="One ClaimReview, an array, an @graph or a DataFeed."
        errors={fieldErrors.content}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import fact-checks"}
      </Button>
    </form>
  );
}
