import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { loadWorkspace } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { listRatingScale } from "@/lib/ratings/list-rating-scale";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RatingScaleEditor } from "./_components/rating-scale-editor";
import { WorkspaceSettingsForm } from "./_components/workspace-settings-form";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, workspace, member } = await loadWorkspace(slug);
  if (!can(member, "workspace.update")) notFound();
  const ratings = await listRatingScale(getDb(), { actor, workspaceId: workspace.id });
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader title="Workspace settings" />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">General</h2>
          <WorkspaceSettingsForm
            workspaceId={workspace.id}
            slug={slug}
            name={workspace.name}
            blindReview={workspace.blindReview}
            version={workspace.version}
          />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Rating scale</h2>
          <p className="mb-4 text-sm text-stone-600">
            Ordinal ratings run from most to least accurate; outcomes such as “Unverifiable” sit outside that order. The
            ClaimReview name and number are what exports publish.
          </p>
          <RatingScaleEditor workspaceId={workspace.id} ratings={ratings} />
        </Card>
      </div>
    </main>
  );
}
