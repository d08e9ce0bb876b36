import type { Metadata } from "next";
import Link from "next/link";
import type { AssignmentItem } from "@/lib/assignments/assignment-item";
import { listMyQueue, RECENTLY_DONE_DAYS } from "@/lib/assignments/list-my-queue";
import { progressLabel } from "@/lib/assignments/progress-label";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format/dates";
import { loadWorkspace } from "@/lib/pages/load";
import { PageHeader } from "@/components/ui/page-header";
import { MarkDoneButton } from "./_components/mark-done-button";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, workspace } = await loadWorkspace(slug);
  const queue = await listMyQueue(getDb(), { actor, workspaceId: workspace.id });
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader
        title="My queue"
        description="What editors asked you to review, oldest first. An assignment is done when you have submitted a verdict on each of its claims, or when you mark it done."
      />
      <section aria-labelledby="open-heading">
        <h2 id="open-heading" className="mb-2 text-lg font-semibold">
          Open ({queue.open.length})
        </h2>
        {queue.open.length === 0 ? (
          <p className="text-stone-700">Nothing assigned to you. Well done.</p>
        ) : (
          <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {queue.open.map((item) => (
              <li key={item.id} className="flex items-start justify-between gap-4 p-4">
                <QueueEntry slug={slug} item={item} />
                <MarkDoneButton workspaceId={workspace.id} assignmentId={item.id} label={titleOf(item)} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="done-heading" className="mt-8">
        <h2 id="done-heading" tabIndex={-1} className="mb-2 text-lg font-semibold focus:outline-none">
          Done
        </h2>
        {queue.done.length === 0 ? (
          <p className="text-sm text-stone-600">Nothing done in the last {RECENTLY_DONE_DAYS} days.</p>
        ) : (
          <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {queue.done.map((item) => (
              <li key={item.id} className="p-4">
                <QueueEntry slug={slug} item={item} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}

function titleOf(item: AssignmentItem): string {
  return item.claim ? `“${item.claim.exact}”` : item.article.title;
}

function QueueEntry({ slug, item }: { slug: string; item: AssignmentItem }) {
  const progress = progressLabel(item.progress);
  return (
    <div className="min-w-0">
      <Link
        className="font-medium text-ink hover:text-accent"
        href={`/w/${slug}/articles/${item.article.id}${item.claim ? `?claim=${item.claim.id}` : ""}`}
      >
        {item.claim ? <q className="font-serif">{item.claim.exact}</q> : item.article.title}
      </Link>
      <p className="mt-1 text-sm text-stone-600">
        {item.claim ? `Claim in “${item.article.title}” · ` : "Whole article · "}
        assigned by {item.assignedBy.name} on {formatDate(item.createdAt)}
        {item.completedAt ? ` · done on ${formatDate(item.completedAt)}` : null}
        {item.dueAt && !item.completedAt ? (
          <span className={item.overdue ? "font-medium text-red-700" : ""}>
            {" "}
            · due {formatDate(item.dueAt)}
            {item.overdue ? " (overdue)" : ""}
          </span>
        ) : null}
      </p>
      <p className="mt-1 flex items-center gap-2 text-sm text-stone-600">
        {item.progress.total > 0 ? (
          <progress
            className="h-2 w-24 accent-accent"
            value={item.progress.rated}
            max={item.progress.total}
            aria-label={`Your verdicts: ${progress}`}
          />
        ) : null}
        <span>Your verdicts: {progress}</span>
      </p>
    </div>
  );
}
