// What an import did, in the form that ran it: counts, then what needs a look: orphaned quotes,
// assessments kept as notes, what was left out and why, and warnings about the file.
import { Notice } from "@/components/ui/notice";
import type { ImportReport } from "@/lib/annotation-import/import-report";

const SHOWN = 20;

function ReportList({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div className="mt-2">
      <p className="font-medium">{label}</p>
      <ul aria-label={label} className="ml-4 list-disc">
        {items.slice(0, SHOWN).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {items.length > SHOWN ? <p>and {items.length - SHOWN} more.</p> : null}
    </div>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const needsLook =
    report.orphaned.length || report.skipped.length || report.warnings.length || report.assessmentsAsNotes.length;
  return (
    <Notice tone={needsLook ? "warning" : "success"}>
      <p>
        {report.anchored} anchored, {report.changed.length} found with changes, {report.orphaned.length} orphaned,{" "}
        {report.alreadyImported} already imported; {report.notes} notes, {report.sources} sources, {report.verdicts}{" "}
        verdicts and {report.finalVerdicts} final verdicts of yours.
      </p>
      <p className="mt-1">
        Everything imported is yours in Margin; who the file named as authors, and when, is shown beside each item.
      </p>
      <ReportList
        label="Orphaned (listed under “Needs re-anchoring”, with their notes)"
        items={report.orphaned.map((o) => `“${o.quote.slice(0, 60)}”`)}
      />
      <ReportList
        label="Assessments kept as notes"
        items={report.assessmentsAsNotes.map((a) => `${a.rating}: ${a.reason}`)}
      />
      <ReportList label="Skipped" items={report.skipped.map((s) => s.reason)} />
      <ReportList label="Warnings" items={report.warnings.map((w) => w.message)} />
    </Notice>
  );
}
