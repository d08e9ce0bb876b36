import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticle } from "@/lib/articles/get-article";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format/dates";
import { loadWorkspace, orNotFound } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { BarChart } from "@/components/charts/bar-chart";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AgreementFigures } from "./_components/agreement-figures";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ article?: string }>;
}) {
  const { slug } = await params;
  const { article: articleId } = await searchParams;
  const { actor, workspace, member } = await loadWorkspace(slug);
  if (!can(member, "verdict.read_others")) notFound();
  const db = getDb();
  const article = articleId
    ? (await orNotFound(getArticle(db, { actor, workspaceId: workspace.id, articleId }))).article
    : null;
  const dashboard = await getDashboard(db, {
    actor,
    workspaceId: workspace.id,
    ...(article ? { articleId: article.id } : {}),
  });
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <PageHeader
        title={article ? `Dashboard: ${article.title}` : "Dashboard"}
        description={
          article ? (
            <Link className="text-accent underline" href={`/w/${slug}/dashboard`}>
              Whole workspace
            </Link>
          ) : (
            "Claims, reviewers and agreement across the workspace."
          )
        }
        actions={
          <Link
            className="text-sm text-accent underline"
            href={`/w/${slug}/disagreements${article ? `?article=${article.id}` : ""}`}
          >
            Disagreements to settle
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <BarChart
            title="Claims by status"
            bars={CLAIM_STATUSES.map((status) => ({
              label: CLAIM_STATUS_LABELS[status],
              value: dashboard.claimsByStatus[status],
            }))}
          />
        </Card>
        <Card>
          <BarChart
            title="Claims by final rating"
            bars={dashboard.claimsByFinalRating.map((r) => ({ label: r.label, value: r.count, color: r.color }))}
          />
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-base font-semibold">Assignments</h2>
          <dl className="grid grid-cols-3 gap-4 text-center">
            <div>
              <dt className="text-xs text-stone-600">Open</dt>
              <dd className="text-2xl font-semibold">{dashboard.assignments.open}</dd>
            </div>
            <div>
              <dt className="text-xs text-stone-600">Overdue</dt>
              <dd className={`text-2xl font-semibold ${dashboard.assignments.overdue ? "text-red-700" : ""}`}>
                {dashboard.assignments.overdue}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-stone-600">
                Done this week (since {formatDate(dashboard.assignments.weekStart)})
              </dt>
              <dd className="text-2xl font-semibold">{dashboard.assignments.doneThisWeek}</dd>
            </div>
          </dl>
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-base font-semibold">Agreement</h2>
          <AgreementFigures agreement={dashboard.agreement} people={dashboard.people} />
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold">Reviewer workload</h2>
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-stone-600">
              <tr>
                <th scope="col">Reviewer</th>
                <th scope="col">Open assignments</th>
                <th scope="col">Overdue</th>
                <th scope="col">Done this week</th>
                <th scope="col">Verdicts</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.workload.map((row) => (
                <tr key={row.userId} className="border-t border-stone-200">
                  <td>{row.name}</td>
                  <td>{row.openAssignments}</td>
                  <td className={row.overdue ? "font-medium text-red-700" : ""}>{row.overdue}</td>
                  <td>{row.doneThisWeek}</td>
                  <td>{row.verdicts}</td>
                  <td>{row.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold">Agreement over time</h2>
          {dashboard.agreementByMonth.length === 0 ? (
            <p className="text-sm text-stone-600">No verdicts yet.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-stone-600">
                <tr>
                  <th scope="col">Up to</th>
                  <th scope="col">Ordinal alpha</th>
                  <th scope="col">Claims</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.agreementByMonth.map(({ month, summary }) => (
                  <tr key={month} className="border-t border-stone-200">
                    <td>{month}</td>
                    <td>{summary.ordinal.status === "ok" ? summary.ordinal.alpha.toFixed(2) : "not enough data"}</td>
                    <td>{summary.ordinal.units}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </main>
  );
}
