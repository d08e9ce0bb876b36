// Row counts of every table that a write could touch, to assert that a refused write left
// no trace in the database.
import type { Db } from "../db/client";

export async function tableCounts(db: Db) {
  const [users, workspaces, memberships, invites, articles, revisions, claims, notes, sources, verdicts, finalVerdicts, assignments, auditLog, tags, ratings, apiTokens, searchEntries] =
    await Promise.all([
      db.user.count(),
      db.workspace.count(),
      db.membership.count(),
      db.invite.count(),
      db.article.count(),
      db.articleRevision.count(),
      db.claim.count(),
      db.note.count(),
      db.source.count(),
      db.verdict.count(),
      db.finalVerdict.count(),
      db.assignment.count(),
      db.auditLog.count(),
      db.tag.count(),
      db.rating.count(),
      db.apiToken.count(),
      db.searchEntry.count(),
    ]);
  return { users, workspaces, memberships, invites, articles, revisions, claims, notes, sources, verdicts, finalVerdicts, assignments, auditLog, tags, ratings, apiTokens, searchEntries };
}
