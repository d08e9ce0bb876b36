"use client";

import Link from "next/link";
import { useState } from "react";
import { ExportPanel } from "@/components/exports/export-panel";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import { ClaimProgress } from "./claim-progress";

interface Item {
  id: string;
  title: string;
  meta: string;
  counts: string;
  claimsByStatus: Record<ClaimStatus, number>;
  /** One line per reviewer with open assignments: "Rosa · due 12 Dec 2026 · 3/5 claims". */
  assignments: { assigneeId: string; label: string; overdue: boolean }[];
}

/** The workspace's articles, with a selection to export some of them (none selected: all). */
export function ArticleList({
  slug,
  workspaceId,
  items,
  canBackup,
}: {
  slug: string;
  workspaceId: string;
  items: Item[];
  canBackup: boolean;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {items.map((article) => (
          <li key={article.id} className="flex items-start gap-3 p-4">
            <input
              type="checkbox"
              className="mt-1.5"
              checked={selected.includes(article.id)}
              onChange={() => toggle(article.id)}
              aria-label={`Select “${article.title}” for export`}
            />
            <div className="min-w-0">
              <Link
                href={`/w/${slug}/articles/${article.id}`}
                className="text-lg font-medium text-ink hover:text-accent"
              >
                {article.title}
              </Link>
              <p className="mt-1 text-sm text-stone-600">{article.meta}</p>
              <p className="mt-1 text-xs text-stone-600">{article.counts}</p>
              <ClaimProgress counts={article.claimsByStatus} />
              {article.assignments.length ? (
                <ul aria-label="Open assignments" className="mt-1 space-y-0.5 text-xs text-stone-700">
                  {article.assignments.map((line) => (
                    <li key={line.assigneeId} className={line.overdue ? "font-medium text-red-700" : ""}>
                      {line.label}
                      {line.overdue ? " (overdue)" : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <aside aria-labelledby="export-heading" className="no-print rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="export-heading" className="mb-2 text-sm font-semibold">
          Export{" "}
          {selected.length ? `${selected.length} selected article${selected.length === 1 ? "" : "s"}` : "the workspace"}
        </h2>
        <ExportPanel
          workspaceId={workspaceId}
          articleIds={selected}
          reportHref={`/w/${slug}/report${selected.length ? `?articles=${selected.join(",")}` : ""}`}
          canBackup={canBackup}
        />
      </aside>
    </div>
  );
}
