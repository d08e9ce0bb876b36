// Writes one imported note (a comment, a reply, or an assessment kept as a note) as the
// importer's, with the file's words about its origin as provenance. A note already imported
// under the same key on this claim is left alone.
import { NOTE_BODY_MAX } from "../notes/schemas";
import { serializeProvenance, type Provenance } from "../provenance/provenance";
import { upsertSearchEntry } from "../search/search-entries";
import type { ImportScope } from "./import-scope";

export interface NoteToImport {
  key: string;
  body: string;
  replyToKey: string | null;
  provenance: Provenance;
}

/** The new note's id, or null when this claim already holds a note imported under `key`. */
export async function addImportedNote(
  scope: ImportScope,
  claimId: string,
  note: NoteToImport,
  keys: Map<string, string>,
): Promise<string | null> {
  const { tx, audit, workspaceId, articleId, importer, report } = scope;
  const existing = await tx.note.findUnique({
    where: { claimId_importKey: { claimId, importKey: note.key } },
    select: { id: true },
  });
  if (existing) return null;
  const replyToId = note.replyToKey
    ? (keys.get(note.replyToKey) ??
      (
        await tx.note.findUnique({
          where: { claimId_importKey: { claimId, importKey: note.replyToKey } },
          select: { id: true },
        })
      )?.id ??
      null)
    : null;
  const body = note.body.slice(0, NOTE_BODY_MAX);
  if (body.length < note.body.length)
    report.warnings.push({
      key: note.key,
      message: `note cut to ${NOTE_BODY_MAX.toLocaleString("en")} characters (notes are no longer)`,
    });
  const created = await tx.note.create({
    data: {
      workspaceId,
      claimId,
      authorId: importer.userId,
      body,
      replyToId,
      importKey: note.key,
      provenance: serializeProvenance(note.provenance),
    },
    select: { id: true },
  });
  keys.set(note.key, created.id);
  await upsertSearchEntry(tx, { workspaceId, kind: "note", entityId: created.id, articleId, claimId, body });
  await audit.record({
    workspaceId,
    actorId: importer.userId,
    action: "note.import",
    entityType: "note",
    entityId: created.id,
    articleId,
    claimId,
    after: { body, replyToId, provenance: note.provenance },
  });
  report.notes++;
  return created.id;
}
