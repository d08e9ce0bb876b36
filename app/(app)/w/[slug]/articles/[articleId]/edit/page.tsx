import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { toEditableText } from "@/lib/articles/editable-text";
import { getArticle } from "@/lib/articles/get-article";
import { getDb } from "@/lib/db/client";
import { loadWorkspace, orNotFound } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { sliceCodePoints } from "@/lib/anchoring";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MetadataForm } from "./_components/metadata-form";
import { TextEditor } from "./_components/text-editor";

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<{ slug: string; articleId: string }> }) {
  const { slug, articleId } = await params;
  const { actor, workspace, member } = await loadWorkspace(slug);
  if (!can(member, "article.update")) notFound();
  const { article } = await orNotFound(getArticle(getDb(), { actor, workspaceId: workspace.id, articleId }));
  const blocks = article.revision.blocks.map((b) => ({
    type: b.type,
    text: sliceCodePoints(article.revision.text, b.start, b.end),
  }));
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader
        title="Edit article"
        description={
          <>
            Saving new text makes revision {article.revisionCount + 1}; every claim is re-anchored and you get a report.{" "}
            <Link className="text-accent underline" href={`/w/${slug}/articles/${article.id}`}>
              Back to the article
            </Link>
          </>
        }
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Details</h2>
          <MetadataForm
            workspaceId={workspace.id}
            articleId={article.id}
            version={article.version}
            initial={{
              title: article.title,
              outlet: article.outlet ?? "",
              byline: article.byline ?? "",
              publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? "",
              sourceUrl: article.sourceUrl ?? "",
            }}
          />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Text</h2>
          <p className="mb-3 text-sm text-stone-600">
            Paragraphs are separated by a blank line; write a subheading as a line starting with “## ”.
          </p>
          <TextEditor
            workspaceId={workspace.id}
            articleId={article.id}
            slug={slug}
            baseRevisionId={article.revision.id}
            initialText={toEditableText(blocks)}
          />
        </Card>
      </div>
    </main>
  );
}
