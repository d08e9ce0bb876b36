import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadWorkspace } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { PageHeader } from "@/components/ui/page-header";
import { ImportArticleForm } from "./_components/import-article-form";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { member } = await loadWorkspace(slug);
  if (!can(member, "article.create")) notFound();
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <PageHeader
        title="Import an article"
        description="Upload a .txt, Markdown or HTML file, or paste the text. You can check and fix the details before saving."
      />
      <ImportArticleForm slug={slug} />
    </main>
  );
}
