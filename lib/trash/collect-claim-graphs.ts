// Reads claims with every row that is deleted with them (notes with their tags, sources, verdicts
// with the sources they cite, the final verdict and its corrections log, claim tags, assignments on
// the claim), for the trash payload of a deleted claim or article. Runs inside the deleting transaction.
import type { DbTx } from "../db/client";
import type { ClaimGraph } from "./payload";

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export async function collectClaimGraphs(tx: DbTx, claimIds: string[]): Promise<ClaimGraph[]> {
  if (claimIds.length === 0) return [];
  const byClaim = { claimId: { in: claimIds } };
  const [claims, claimTags, notes, noteTags, sources, verdicts, verdictSources, finals, corrections, assignments] =
    await Promise.all([
      tx.claim.findMany({ where: { id: { in: claimIds } }, orderBy: { id: "asc" } }),
      tx.claimTag.findMany({ where: byClaim, select: { claimId: true, tag: { select: { name: true } } } }),
      tx.note.findMany({ where: byClaim, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      tx.noteTag.findMany({
        where: { note: byClaim },
        select: { noteId: true, tag: { select: { name: true } } },
      }),
      tx.source.findMany({ where: byClaim, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      tx.verdict.findMany({ where: byClaim, orderBy: { id: "asc" } }),
      tx.verdictSource.findMany({ where: { verdict: byClaim } }),
      tx.finalVerdict.findMany({ where: byClaim }),
      tx.finalVerdictCorrection.findMany({
        where: { finalVerdict: byClaim },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
      tx.assignment.findMany({ where: byClaim, orderBy: { id: "asc" } }),
    ]);
  const ratingIds = [...new Set([...verdicts, ...finals].map((row) => row.ratingId))];
  const ratings = new Map(
    (await tx.rating.findMany({ where: { id: { in: ratingIds } }, select: { id: true, label: true } })).map((r) => [
      r.id,
      r.label,
    ]),
  );
  const tagsOfClaim = groupBy(claimTags, (row) => row.claimId);
  const notesOf = groupBy(notes, (row) => row.claimId);
  const tagsOfNote = groupBy(noteTags, (row) => row.noteId);
  const sourcesOf = groupBy(sources, (row) => row.claimId);
  const verdictsOf = groupBy(verdicts, (row) => row.claimId);
  const citedBy = groupBy(verdictSources, (row) => row.verdictId);
  const finalOf = new Map(finals.map((row) => [row.claimId, row]));
  const correctionsOf = groupBy(corrections, (row) => row.finalVerdictId);
  const assignmentsOf = groupBy(assignments, (row) => row.claimId);
  return claims.map((claim) => {
    const final = finalOf.get(claim.id);
    return {
      claim,
      tags: (tagsOfClaim.get(claim.id) ?? []).map((row) => row.tag.name).sort(),
      notes: (notesOf.get(claim.id) ?? []).map((row) => ({
        row,
        tags: (tagsOfNote.get(row.id) ?? []).map((t) => t.tag.name).sort(),
      })),
      sources: sourcesOf.get(claim.id) ?? [],
      verdicts: (verdictsOf.get(claim.id) ?? []).map((row) => ({
        row,
        sourceIds: (citedBy.get(row.id) ?? []).map((link) => link.sourceId).sort(),
        rating: ratings.get(row.ratingId) ?? "",
      })),
      finalVerdict: final
        ? { row: final, rating: ratings.get(final.ratingId) ?? "", corrections: correctionsOf.get(final.id) ?? [] }
        : null,
      assignments: assignmentsOf.get(claim.id) ?? [],
    };
  });
}

/**
 * A `where` that matches the claim only while it holds exactly the rows collected: deleting with
 * it refuses (0 rows) when someone added a note, source, verdict or assignment in between, which
 * the cascade would otherwise delete without keeping it in the trash.
 */
export function claimUnchangedSince(graph: ClaimGraph) {
  const ids = (rows: { id: string }[]) => ({ every: { id: { in: rows.map((row) => row.id) } } });
  return {
    id: graph.claim.id,
    notes: ids(graph.notes.map((note) => note.row)),
    sources: ids(graph.sources),
    verdicts: ids(graph.verdicts.map((verdict) => verdict.row)),
    assignments: ids(graph.assignments),
  };
}
