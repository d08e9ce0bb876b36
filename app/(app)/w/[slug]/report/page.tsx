import type { Metadata } from "next";
import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { formatMarkdown } from "@/lib/exports/format-markdown";
import { openExport } from "@/lib/exports/load-export-articles";
import { appOrigin } from "@/lib/http/app-origin";
import { loadWorkspace, orNotFound } from "@/lib/pages/load";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Report" };

/** The Markdown report as a print-friendly page (same content; print to PDF from the browser). */
export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ articles?: string }>;
}) {
  const { slug } = await params;
  const { articles } = await searchParams;
  const { actor, workspace } = await loadWorkspace(slug);
  const articleIds = articles?.split(",").filter(Boolean).slice(0, 200);
  const exported = await orNotFound(
    openExport(getDb(), {
      actor,
      workspaceId: workspace.id,
      origin: appOrigin(await headers()),
      ...(articleIds ? { articleIds } : {}),
    }),
  );
  let source = "";
  for await (const text of formatMarkdown(exported.context, exported.articleCount, exported.articles())) source += text;
  return (
    <main id="main" className="report mx-auto max-w-3xl px-6 py-8 print:max-w-none print:px-0 print:py-0">
      <div className="no-print mb-6 flex justify-end">
        <PrintButton />
      </div>
      <MarkdownView source={source} className="report-body text-base" />
    </main>
  );
}
