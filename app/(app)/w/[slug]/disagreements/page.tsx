import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listDisagreements } from "@/lib/dashboard/list-disagreements";
import { getDb } from "@/lib/db/client";
import { loadWorkspace } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Disagreements" };

export default async function DisagreementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ article?: string }>;
}) {
  const { slug } = await params;
  const { article } = await searchParams;
  const { actor, workspace, member } = await loadWorkspace(slug);
  if (!can(member, "verdict.read_others")) notFound();
  const items = await listDisagreements(getDb(), {
    actor,
    workspaceId: workspace.id,
    ...(article ? { articleId: article } : {}),
  });
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader
        title="Disagreements"
        description="Claims whose reviewers rated them differently and that have no final verdict yet, widest disagreement first."
      />
      {items.length === 0 ? (
        <p className="text-stone-700">No disagreements waiting.</p>
      ) : (
        <ol className="space-y-2">
          {items.map((item) => (
            <li key={item.id} className="rounded-lg border border-stone-200 bg-white p-3">
              <Link
                href={`/w/${slug}/articles/${item.article.id}?claim=${item.id}`}
                className="block font-serif text-ink hover:text-accent"
              >
                <q>{item.exact}</q>
              </Link>
              <p className="mt-1 text-xs text-stone-600">
                {item.article.title} ·{" "}
                {item.spread === "categorical"
                  ? "different kinds of rating"
                  : `${item.spread} step${item.spread === 1 ? "" : "s"} apart`}
              </p>
              <ul className="mt-1 flex flex-wrap gap-2 text-xs">
                {item.verdicts.map((v, i) => (
                  <li key={i} className="flex items-center gap-1">
                    <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ background: v.rating.color }} />
                    {v.reviewer}: {v.rating.label}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
