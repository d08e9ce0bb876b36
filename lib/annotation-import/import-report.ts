// What an import did, answered by the API and shown in the import form: counts, what needs a
// look (changed or orphaned quotes), what was left out and why, assessments kept as notes, and
// warnings about the file.
export interface ImportReport {
  format: "w3c" | "hypothesis";
  anchored: number;
  changed: { key: string; quote: string }[];
  orphaned: { key: string; quote: string }[];
  alreadyImported: number;
  notes: number;
  sources: number;
  /** The importer's own verdicts written. */
  verdicts: number;
  /** The importer's own final verdicts written. */
  finalVerdicts: number;
  /** Assessing bodies that became notes (not verdicts), with why. */
  assessmentsAsNotes: { key: string; rating: string; reason: string }[];
  skipped: { key: string; reason: string }[];
  warnings: { key: string; message: string }[];
  /** The claim each annotation became (or already was). */
  claims: { key: string; claimId: string }[];
}

export function emptyReport(format: ImportReport["format"]): ImportReport {
  return {
    format,
    anchored: 0,
    changed: [],
    orphaned: [],
    alreadyImported: 0,
    notes: 0,
    sources: 0,
    verdicts: 0,
    finalVerdicts: 0,
    assessmentsAsNotes: [],
    skipped: [],
    warnings: [],
    claims: [],
  };
}
