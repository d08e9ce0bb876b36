import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/client";
import { listFactChecks } from "@/lib/fact-check-library/list-fact-checks";
import { loadWorkspace } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { ImportFactChecksForm } from "./_components/import-fact-checks-form";

export const metadata: Metadata = { title: "Library of fact-checks" };

const SHOWN = 200;

export default async function LibraryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, workspace, member } = await loadWorkspace(slug);
  if (!can(member, "library.import")) notFound();
  const { total, items } = await listFactChecks(getDb(), { actor, workspaceId: workspace.id, input: { limit: SHOWN } });
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader title="Library of fact-checks" />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Import</h2>
          <p className="mb-4 text-sm text-stone-600">
            Other fact-checkers publish their verdicts as schema.org ClaimReview. Imported here, they appear under
            “Already checked?” beside a claim they match, marked as external.
          </p>
          <ImportFactChecksForm workspaceId={workspace.id} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">
            Known fact-checks ({total.toLocaleString("en")}
            {total > items.length ? `, the ${items.length} latest shown` : ""})
          </h2>
          {items.length === 0 ? (
            <p className="text-sm text-stone-600">None yet.</p>
          ) : (
            <ul className="divide-y divide-stone-200" aria-label="Known fact-checks">
              {items.map((item) => (
                <li key={item.url} className="py-2 text-sm">
                  <a
                    className="font-serif text-ink underline"
                    href={item.url}
                    rel="noreferrer noopener"
                    target="_blank"
                  >
                    {item.claimReviewed}
                  </a>
                  <p className="text-xs text-stone-600">
                    {[
                      item.ratingText ? `Rated: ${item.ratingText}` : null,
                      item.publisher,
                      item.claimant ? `claimed by ${item.claimant}` : null,
                      item.datePublished?.toISOString().slice(0, 10),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </main>
  );
}
