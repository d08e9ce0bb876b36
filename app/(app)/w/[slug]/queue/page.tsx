import type { Metadata } from "next";
import Link from "next/link";
import { listMyQueue } from "@/lib/assignments/list-my-queue";
import { CLAIM_STATUS_LABELS, isClaimStatus } from "@/lib/claims/claim-status";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format/dates";
import { loadWorkspace } from "@/lib/pages/load";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, workspace } = await loadWorkspace(slug);
  const queue = await listMyQueue(getDb(), { actor, workspaceId: workspace.id });
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader title="My queue" description="What editors asked you to review, oldest first." />
      {queue.length === 0 ? (
        <p className="text-stone-700">Nothing assigned to you. Well done.</p>
      ) : (
        <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {queue.map((item) => (
            <li key={item.id} className="p-4">
              <Link
                className="font-medium text-ink hover:text-accent"
                href={`/w/${slug}/articles/${item.article.id}${item.claim ? `?claim=${item.claim.id}` : ""}`}
              >
                {item.claim ? <q className="font-serif">{item.claim.exact}</q> : item.article.title}
              </Link>
              <p className="mt-1 text-sm text-stone-600">
                {item.claim ? `Claim in “${item.article.title}” · ` : "Whole article · "}
                assigned by {item.assignedBy} on {formatDate(item.createdAt)}
                {item.dueAt ? (
                  <span className={item.overdue ? "font-medium text-red-700" : ""}>
                    {" "}
                    · due {formatDate(item.dueAt)}
                    {item.overdue ? " (overdue)" : ""}
                  </span>
                ) : null}
                {item.claim && isClaimStatus(item.claim.status) ? ` · ${CLAIM_STATUS_LABELS[item.claim.status]}` : null}
                {item.claim?.myVerdictSubmitted ? " · your verdict is in" : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
