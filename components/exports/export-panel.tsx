import { ExportDownload } from "./export-download";

const FORMATS = [
  { format: "markdown", label: "Markdown report" },
  { format: "csv", label: "CSV: claims" },
  { format: "csv-evidence", label: "CSV: notes and sources" },
  { format: "w3c", label: "W3C Web Annotations" },
  { format: "claimreview", label: "ClaimReview JSON-LD" },
] as const;

/** Export links for a workspace, a selection of articles or one article. */
export function ExportPanel({
  workspaceId,
  articleIds,
  reportHref,
  canBackup,
}: {
  workspaceId: string;
  articleIds?: string[];
  reportHref: string;
  canBackup: boolean;
}) {
  const scope = articleIds?.length ? `&articles=${articleIds.join(",")}` : "";
  return (
    <div className="space-y-2">
      <p>
        <a href={reportHref} className="text-sm text-accent underline">
          Printable report
        </a>{" "}
        <span className="text-xs text-stone-600">(print to PDF from the browser)</span>
      </p>
      {FORMATS.map(({ format, label }) => (
        <ExportDownload
          key={format}
          href={`/api/v1/workspaces/${workspaceId}/exports?format=${format}${scope}`}
          label={label}
          fileLabel={`export-${format}`}
        />
      ))}
      {canBackup && !articleIds?.length ? (
        <ExportDownload
          href={`/api/v1/workspaces/${workspaceId}/exports?format=json`}
          label="Margin JSON backup"
          fileLabel="export-json"
        />
      ) : null}
    </div>
  );
}
