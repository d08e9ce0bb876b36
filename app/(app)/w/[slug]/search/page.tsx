import type { Metadata } from "next";
import Link from "next/link";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { loadWorkspace } from "@/lib/pages/load";
import { listRatingChoices } from "@/lib/ratings/list-rating-scale";
import { searchWorkspace } from "@/lib/search/search-workspace";
import { listTags } from "@/lib/tags/list-tags";
import { listMembers } from "@/lib/workspaces/list-members";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Snippet } from "./_components/snippet";

export const metadata: Metadata = { title: "Search" };

const KIND_LABELS = { article: "Article text", claim: "Claim", note: "Note", source: "Source" } as const;

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const { actor, workspace } = await loadWorkspace(slug);
  const db = getDb();
  const scope = { actor, workspaceId: workspace.id };
  const [ratings, tags, members] = await Promise.all([
    listRatingChoices(db, scope),
    listTags(db, scope),
    listMembers(db, scope),
  ]);
  let result: Awaited<ReturnType<typeof searchWorkspace>> | null = null;
  let error: string | null = null;
  if (query.q?.trim()) {
    try {
      result = await searchWorkspace(db, { ...scope, input: query });
    } catch (caught) {
      if (!isAppError(caught)) throw caught;
      error = caught.message;
    }
  }
  const field = "mt-0.5 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <PageHeader title="Search" description="Article text, claims, notes and sources in this workspace." />
      <form role="search" className="mb-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-4">
        <label className="text-sm font-medium sm:col-span-4">
          Search for
          <input type="search" name="q" defaultValue={query.q ?? ""} className={field} />
        </label>
        <label className="text-xs font-medium">
          In
          <select name="kind" defaultValue={query.kind ?? ""} className={field}>
            <option value="">Everything</option>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium">
          Status
          <select name="status" defaultValue={query.status ?? ""} className={field}>
            <option value="">Any</option>
            {CLAIM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {CLAIM_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium">
          Final rating
          <select name="ratingId" defaultValue={query.ratingId ?? ""} className={field}>
            <option value="">Any</option>
            {ratings.map((rating) => (
              <option key={rating.id} value={rating.id}>
                {rating.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium">
          Reviewer
          <select name="reviewerId" defaultValue={query.reviewerId ?? ""} className={field}>
            <option value="">Anyone</option>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium">
          Tag
          <select name="tag" defaultValue={query.tag ?? ""} className={field}>
            <option value="">Any</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium">
          Changed from
          <input type="date" name="from" defaultValue={query.from ?? ""} className={field} />
        </label>
        <label className="text-xs font-medium">
          to
          <input type="date" name="to" defaultValue={query.to ?? ""} className={field} />
        </label>
        <div className="flex items-end">
          <button
            type="submit"
            className="w-full rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
          >
            Search
          </button>
        </div>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {result ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-2 text-sm font-semibold text-stone-700">
            {result.total} result{result.total === 1 ? "" : "s"}
          </h2>
          <ol className="space-y-2">
            {result.hits.map((hit) => (
              <li key={hit.entityId} className="rounded-lg border border-stone-200 bg-white p-3">
                <p className="text-xs text-stone-600">
                  {KIND_LABELS[hit.kind]} · {hit.article.title}
                  {hit.claim?.finalRating ? ` · ${hit.claim.finalRating.label}` : ""}
                </p>
                <Link
                  className="mt-1 block text-sm text-ink hover:text-accent"
                  href={`/w/${slug}/articles/${hit.article.id}${hit.claim ? `?claim=${hit.claim.id}` : ""}`}
                >
                  <Snippet text={hit.snippet} />
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </main>
  );
}
