// Words for an audit entry in a timeline: what happened, and which fields went from what to what,
// in the words the reader uses ("Status: In review → Verdict proposed"), never internal names or
// character offsets.
import { CLAIM_STATUS_LABELS, isClaimStatus } from "../claims/claim-status";

const SUMMARIES: Record<string, string> = {
  "claim.create": "marked the claim",
  "claim.delete": "deleted the claim",
  "claim.tags": "changed the tags",
  "claim.appearance": "changed the claimant or where the claim appeared",
  "claim.status_change": "moved the status",
  "claim.reanchor": "re-anchored the claim",
  "claim.reattach": "re-attached the claim to new text",
  "claim.needs_review": "flagged the claim for re-review",
  "claim.mark_reviewed": "marked the claim reviewed",
  "claim.family_link": "confirmed it is the same claim as another",
  "claim.family_unlink": "took the claim out of its family",
  "library.import": "imported fact-checks into the library",
  "note.create": "added a note",
  "note.reply": "replied",
  "note.update": "edited a note",
  "note.delete": "deleted a note",
  "note.resolve": "resolved a thread",
  "note.reopen": "reopened a thread",
  "source.create": "added a source",
  "source.update": "edited a source",
  "source.delete": "removed a source",
  "verdict.draft": "saved a draft verdict",
  "verdict.submit": "submitted a verdict",
  "verdict.update": "changed their verdict",
  "final_verdict.create": "set the final verdict",
  "final_verdict.update": "changed the final verdict",
  "final_verdict.from_family": "started the final verdict from the family's",
  "final_verdict.publish": "published the final verdict",
  "final_verdict.unpublish": "unpublished the final verdict",
  "assignment.create": "assigned a review",
  "assignment.complete": "completed an assignment",
  "assignment.withdraw": "withdrew an assignment",
  "assignment.reassign": "reassigned a review",
  "assignment.update": "changed an assignment's due date",
  "claim.restore": "restored the claim from the trash",
  "claim.purge": "purged the claim from the trash",
  "note.restore": "restored a note from the trash",
  "note.purge": "purged a note from the trash",
  "source.restore": "restored a source from the trash",
  "source.purge": "purged a source from the trash",
  "article.delete": "deleted the article",
  "article.restore": "restored the article from the trash",
  "article.purge": "purged the article from the trash",
  "article.archive": "archived the article",
  "article.unarchive": "unarchived the article",
  "claim.import": "imported the claim",
  "note.import": "imported a note",
  "source.import": "imported a source",
  "verdict.import": "imported their verdict",
  "final_verdict.import": "imported the final verdict",
};

interface Describable {
  action: string;
  before: unknown;
  after: unknown;
  actor?: { name: string } | null;
  redacted?: boolean;
  redactedReason?: "blind_review" | "deleted" | null;
  deletion?: { state: "in_trash" | "deleted"; by: { name: string } | null } | null;
}

function withheld(entry: Describable): string {
  if (entry.redactedReason !== "deleted") return "Hidden until you submit your own verdict (blind review).";
  const by = entry.deletion?.by ? ` by ${entry.deletion.by.name}` : "";
  return entry.deletion?.state === "in_trash"
    ? `Deleted${by} (in the trash); its content is not shown.`
    : `Deleted${by}; its content is not shown.`;
}

/** The fields a timeline shows, in this order, with their names for people. Offsets are left out. */
const SHOWN_FIELDS: Record<string, string> = {
  status: "Status",
  rating: "Rating",
  confidence: "Confidence",
  stance: "Stance",
  title: "Title",
  url: "Link",
  tags: "Tags",
  summary: "Summary",
  published: "Published",
  body: "Text",
  exact: "Quote",
  anchorState: "Place in the text",
  needsReviewReason: "Reason for re-review",
  sameClaimAs: "Same claim as",
  resolved: "Resolved",
};

const ANCHOR_STATES: Record<string, string> = {
  anchored: "in place",
  moved: "moved",
  changed: "wording changed",
  fuzzy: "found nearby",
  orphaned: "lost (needs re-anchoring)",
};

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "status" && isClaimStatus(value)) return CLAIM_STATUS_LABELS[value];
  if (field === "anchorState" && typeof value === "string") return ANCHOR_STATES[value] ?? value;
  if (field === "confidence" && typeof value === "number") return `${value}%`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function describeChange(entry: Describable): { summary: string; details: string[] } {
  // Purges after 30 days have no actor: the timeline names Margin, which did it.
  const summary =
    entry.actor === null && entry.action.endsWith(".purge")
      ? "purged it from the trash (30 days had passed)"
      : (SUMMARIES[entry.action] ?? entry.action.replace(/[._]/g, " "));
  if (entry.redacted) return { summary, details: [withheld(entry)] };
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const details: string[] = [];
  for (const [field, name] of Object.entries(SHOWN_FIELDS)) {
    const had = field in before;
    const has = field in after;
    if (!had && !has) continue;
    if (had && has && JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
    if (had && has) details.push(`${name}: ${show(field, before[field])} → ${show(field, after[field])}`);
    else if (has && entry.before == null) details.push(`${name}: ${show(field, after[field])}`);
    else if (had && entry.after == null) details.push(`${name} was: ${show(field, before[field])}`);
  }
  return { summary, details };
}
