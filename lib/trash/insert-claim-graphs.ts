// Puts trashed claims back with every row that was deleted with them: the same ids, times and
// links, tags by name (re-created if they were removed meanwhile), and their search entries.
import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";
import { upsertSearchEntry } from "../search/search-entries";
import { sourceSearchText } from "../sources/source-snapshot";
import { ensureTags } from "../tags/ensure-tags";
import type { StoredClaimGraph } from "./payload";

/** Parents before their replies, so every reply's parent row exists when it is written. */
function threadOrder<T extends { id: string; replyToId: string | null }>(notes: T[]): T[] {
  const ids = new Set(notes.map((note) => note.id));
  const placed = new Set<string>();
  const ordered: T[] = [];
  let pending = notes;
  while (pending.length) {
    const next = pending.filter((note) => note.replyToId && ids.has(note.replyToId) && !placed.has(note.replyToId));
    const ready = pending.filter((note) => !next.includes(note));
    // A cycle cannot come from the database; if one did, write the rest as they are.
    if (ready.length === 0) return [...ordered, ...pending];
    for (const note of ready) placed.add(note.id);
    ordered.push(...ready);
    pending = next;
  }
  return ordered;
}

async function assertRatingsExist(tx: DbTx, graphs: StoredClaimGraph[]) {
  const used = new Map<string, string>();
  for (const graph of graphs) {
    for (const verdict of graph.verdicts) used.set(verdict.row.ratingId, verdict.rating);
    if (graph.finalVerdict) used.set(graph.finalVerdict.row.ratingId, graph.finalVerdict.rating);
  }
  if (used.size === 0) return;
  const found = await tx.rating.findMany({ where: { id: { in: [...used.keys()] } }, select: { id: true } });
  const missing = [...used].filter(([id]) => !found.some((rating) => rating.id === id)).map(([, label]) => label);
  if (missing.length)
    throw new AppError(
      "conflict",
      `Verdicts here use ratings removed from the scale since (${missing.join(", ")}). Add them back to the rating scale, then restore.`,
    );
}

export async function insertClaimGraphs(tx: DbTx, workspaceId: string, graphs: StoredClaimGraph[]): Promise<void> {
  if (graphs.length === 0) return;
  await assertRatingsExist(tx, graphs);
  const names = graphs.flatMap((graph) => [...graph.tags, ...graph.notes.flatMap((note) => note.tags)]);
  const tagIds = new Map((await ensureTags(tx, workspaceId, names)).map((tag) => [tag.name.toLowerCase(), tag.id]));
  const tagged = (owner: string, tags: string[]) =>
    tags.flatMap((name) => {
      const tagId = tagIds.get(name.trim().replace(/\s+/g, " ").toLowerCase());
      return tagId ? [{ owner, tagId }] : [];
    });
  const notes = graphs.flatMap((graph) => graph.notes);

  await tx.claim.createMany({ data: graphs.map((graph) => graph.claim) });
  const claimTags = graphs.flatMap((graph) => tagged(graph.claim.id, graph.tags));
  if (claimTags.length)
    await tx.claimTag.createMany({ data: claimTags.map((t) => ({ claimId: t.owner, tagId: t.tagId })) });
  if (notes.length) await tx.note.createMany({ data: threadOrder(notes.map((note) => note.row)) });
  const noteTags = notes.flatMap((note) => tagged(note.row.id, note.tags));
  if (noteTags.length)
    await tx.noteTag.createMany({ data: noteTags.map((t) => ({ noteId: t.owner, tagId: t.tagId })) });
  const sources = graphs.flatMap((graph) => graph.sources);
  if (sources.length) await tx.source.createMany({ data: sources });
  const verdicts = graphs.flatMap((graph) => graph.verdicts);
  if (verdicts.length) await tx.verdict.createMany({ data: verdicts.map((verdict) => verdict.row) });
  const citations = verdicts.flatMap((verdict) =>
    verdict.sourceIds.map((sourceId) => ({ verdictId: verdict.row.id, sourceId })),
  );
  if (citations.length) await tx.verdictSource.createMany({ data: citations });
  const finals = graphs.flatMap((graph) => (graph.finalVerdict ? [graph.finalVerdict.row] : []));
  if (finals.length) await tx.finalVerdict.createMany({ data: finals });
  const corrections = graphs.flatMap((graph) => graph.finalVerdict?.corrections ?? []);
  if (corrections.length) await tx.finalVerdictCorrection.createMany({ data: corrections });
  const assignments = graphs.flatMap((graph) => graph.assignments);
  if (assignments.length) await tx.assignment.createMany({ data: assignments });

  for (const { claim, notes: claimNotes, sources: claimSources } of graphs) {
    const where = { workspaceId, articleId: claim.articleId, claimId: claim.id };
    await upsertSearchEntry(tx, { ...where, kind: "claim", entityId: claim.id, body: claim.exact });
    for (const { row } of claimNotes)
      if (!row.deletedAt) await upsertSearchEntry(tx, { ...where, kind: "note", entityId: row.id, body: row.body });
    for (const source of claimSources)
      await upsertSearchEntry(tx, { ...where, kind: "source", entityId: source.id, body: sourceSearchText(source) });
  }
}
