"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldErrors } from "@/lib/errors/app-error";

export interface PreviewData {
  metadata: {
    title: string | null;
    outlet: string | null;
    byline: string | null;
    authorEmail: string | null;
    publishedAt: string | null;
    publishedLabel: string | null;
    sourceUrl: string | null;
  };
  blocks: { type: "paragraph" | "heading"; text: string }[];
  setAside: { line: number; text: string; reason: string }[];
  warnings: string[];
  format: string;
  characters: number;
}

const FIELDS = [
  ["title", "Title"],
  ["outlet", "Outlet"],
  ["byline", "Byline"],
  ["sourceUrl", "Source URL"],
] as const;

export function ImportPreview({
  preview,
  pending,
  fieldErrors,
  onImport,
}: {
  preview: PreviewData;
  pending: boolean;
  fieldErrors: FieldErrors;
  onImport: (metadata: Record<string, string>) => void;
}) {
  const headings = preview.blocks.filter((block) => block.type === "heading").length;
  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const metadata: Record<string, string> = {};
        for (const [key, value] of data.entries()) metadata[key] = String(value);
        onImport(metadata);
      }}
    >
      <Card>
        <h2 className="mb-1 text-lg font-semibold">2. Check the details</h2>
        <p className="mb-4 text-sm text-stone-600">
          Found {preview.blocks.length - headings} paragraph{preview.blocks.length - headings === 1 ? "" : "s"} and{" "}
          {headings} subheading{headings === 1 ? "" : "s"} ({preview.characters.toLocaleString("en")} characters, read
          as {preview.format}).
        </p>
        {preview.warnings.length ? (
          <Notice tone="warning" className="mb-4">
            {preview.warnings.join(" ")}
          </Notice>
        ) : null}
        <div className="grid gap-4 md:grid-cols-2">
          {FIELDS.map(([name, label]) => (
            <TextField
              key={name}
              label={label}
              name={name}
              defaultValue={preview.metadata[name] ?? ""}
              errors={fieldErrors[name]}
            />
          ))}
          <TextField
            label="Published"
            name="publishedAt"
            type="date"
            defaultValue={preview.metadata.publishedAt?.slice(0, 10) ?? ""}
            hint={preview.metadata.publishedLabel ? `As printed: ${preview.metadata.publishedLabel}` : undefined}
            errors={fieldErrors.publishedAt}
          />
          <input type="hidden" name="publishedLabel" value={preview.metadata.publishedLabel ?? ""} />
          <input type="hidden" name="authorEmail" value={preview.metadata.authorEmail ?? ""} />
        </div>
        {preview.setAside.length ? (
          <div className="mt-4">
            <h3 className="text-sm font-medium">Lines kept out of the article text</h3>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-stone-700">
              {preview.setAside.map((line) => (
                <li key={line.line}>
                  <q>{line.text}</q> <span className="text-stone-500">({line.reason})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="mt-5">
          <Button type="submit" disabled={pending}>
            {pending ? "Importing…" : "Import article"}
          </Button>
        </div>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Text preview</h2>
        <div className="space-y-3 font-serif text-[15px] leading-relaxed">
          {preview.blocks.map((block, index) =>
            block.type === "heading" ? (
              <h3 key={index} className="pt-2 font-sans text-base font-semibold">
                {block.text}
              </h3>
            ) : (
              <p key={index}>{block.text}</p>
            ),
          )}
        </div>
      </Card>
    </form>
  );
}
