import type { Metadata } from "next";
import Link from "next/link";
import { CLAIM_STATUS_CHOICES } from "@/lib/claims/claim-status";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { loadWorkspace } from "@/lib/pages/load";
import { listRatingChoices } from "@/lib/ratings/list-rating-scale";
import { searchWorkspace } from "@/lib/search/search-workspace";
import { listTags } from "@/lib/tags/list-tags";
import { listMembers } from "@/lib/workspaces/list-members";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { FilterSelect } from "@/components/ui/filter-select";
import { Snippet } from "./_components/snippet";

export const metadata: Metadata = { title: "Search" };

const KIND_LABELS = { article: "Article text", claim: "Claim", note: "Note", source: "Source" } as const;
const KIND_CHOICES = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));

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
  const filters = [
    { name: "kind", label: "In", any: "Everything", choices: KIND_CHOICES },
    { name: "status", label: "Status", any: "Any", choices: CLAIM_STATUS_CHOICES },
    {
      name: "ratingId",
      label: "Final rating",
      any: "Any",
      choices: ratings.map((rating) => ({ value: rating.id, label: rating.label })),
    },
    {
      name: "reviewerId",
      label: "Reviewer",
      any: "Anyone",
      choices: members.map((member) => ({ value: member.userId, label: member.name })),
    },
    { name: "tag", label: "Tag", any: "Any", choices: tags.map((tag) => ({ value: tag, label: tag })) },
  ];
  const field = "mt-0.5 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <PageHeader title="Search" description="Article text, claims, notes and sources in this workspace." />
      <form role="search" className="mb-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-4">
        <label className="text-sm font-medium sm:col-span-4">
          Search for
          <input type="search" name="q" defaultValue={query.q ?? ""} className={field} />
        </label>
        {filters.map(({ name, ...filter }) => (
          <FilterSelect key={name} name={name} defaultValue={query[name] ?? ""} className={field} {...filter} />
        ))}
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
