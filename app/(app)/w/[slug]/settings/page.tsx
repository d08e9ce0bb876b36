import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getRestoreState } from "@/lib/backup/get-restore-state";
import { getDb } from "@/lib/db/client";
import { loadWorkspace } from "@/lib/pages/load";
import { headers } from "next/headers";
import { appOrigin } from "@/lib/http/app-origin";
import { can } from "@/lib/permissions/can";
import { publicIndexUrl } from "@/lib/public-site/public-urls";
import { getWorkspaceSettings } from "@/lib/workspaces/get-workspace-settings";
import { listRatingScale } from "@/lib/ratings/list-rating-scale";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RatingScaleEditor } from "./_components/rating-scale-editor";
import { RestoreBackupForm } from "./_components/restore-backup-form";
import { WorkspaceSettingsForm } from "./_components/workspace-settings-form";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, workspace, member } = await loadWorkspace(slug);
  if (!can(member, "workspace.update")) notFound();
  const [ratings, restore, settings] = await Promise.all([
    listRatingScale(getDb(), { actor, workspaceId: workspace.id }),
    can(member, "workspace.restore") ? getRestoreState(getDb(), { actor, workspaceId: workspace.id }) : null,
    getWorkspaceSettings(getDb(), workspace.id),
  ]);
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
            publicSite={{
              on: settings.publicSite,
              organisationName: settings.organisationName,
              organisationUrl: settings.organisationUrl,
              index: publicIndexUrl(appOrigin(await headers()), workspace.slug),
            }}
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
        {restore ? (
          <Card>
            <h2 className="mb-1 text-lg font-semibold">Restore a backup</h2>
            <p className="mb-4 text-sm text-stone-600">
              Restores a Margin JSON backup into this workspace while it is empty. Nobody is added to the workspace:
              work by people who are not members here is shown under a placeholder name.
            </p>
            <RestoreBackupForm workspaceId={workspace.id} empty={restore.empty} restoringAt={restore.restoringAt} />
          </Card>
        ) : null}
      </div>
    </main>
  );
}
