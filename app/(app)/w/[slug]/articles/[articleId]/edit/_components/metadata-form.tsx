"use client";

import { callAction } from "@/lib/actions/call-action";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldErrors } from "@/lib/errors/app-error";
import { updateArticleMetadataAction } from "../actions";

const FIELDS = [
  ["title", "Title", "text"],
  ["outlet", "Outlet", "text"],
  ["byline", "Byline", "text"],
  ["publishedAt", "Published", "date"],
  ["sourceUrl", "Source URL", "url"],
] as const;

export function MetadataForm({
  workspaceId,
  articleId,
  version,
  initial,
}: {
  workspaceId: string;
  articleId: string;
  version: number;
  initial: Record<(typeof FIELDS)[number][0], string>;
}) {
  const [current, setCurrent] = useState(version);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(async () => {
          const input = Object.fromEntries(FIELDS.map(([name]) => [name, String(data.get(name) ?? "")]));
          const result = await callAction(() =>
            updateArticleMetadataAction(workspaceId, articleId, { ...input, version: current }),
          );
          setFieldErrors(result.ok ? {} : result.failure.fieldErrors);
          setMessage(
            result.ok ? { tone: "success", text: "Details saved." } : { tone: "error", text: result.failure.message },
          );
          if (result.ok) setCurrent(result.data.version);
        });
      }}
    >
      {message ? (
        <Notice tone={message.tone} className="sm:col-span-2">
          {message.text}
        </Notice>
      ) : null}
      {FIELDS.map(([name, label, type]) => (
        <TextField
          key={name}
          label={label}
          name={name}
          type={type}
          defaultValue={initial[name]}
          errors={fieldErrors[name]}
        />
      ))}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save details"}
        </Button>
      </div>
    </form>
  );
}
