import { beforeAll, describe, expect, it } from "vitest";
import { createAssignments } from "../assignments/create-assignments";
import { createClaim } from "../claims/create-claim";
import { setClaimTags } from "../claims/set-claim-tags";
import { createNote } from "../notes/create-note";
import { deleteNote } from "../notes/delete-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { updateRating } from "../ratings/update-rating";
import { addSource } from "../sources/add-source";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";
import { createWorkspace } from "../workspaces/create-workspace";
import { AppError } from "../errors/app-error";
import { openBackupExport } from "./export-backup";
import { restoreBackup } from "./restore-backup";

const db = () => testDb().db;
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

async function exportJson(actor: { userId: string }, workspaceId: string) {
  const backup = await openBackupExport(db(), { actor, workspaceId });
  let text = "";
  for await (const chunk of backup.chunks()) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}

/** Replaces every id with its order of first appearance, so two backups compare field by field. */
function canonical(backup: Record<string, unknown>): unknown {
  const labels = new Map<string, string>();
  const label = (id: string) => {
    if (!labels.has(id)) labels.set(id, `#${labels.size}`);
    return labels.get(id)!;
  };
  const walk = (value: unknown, key = ""): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value === "string" && /(^id$|Id$|Ids$|^entityId$)/.test(key)) return label(value);
    return value;
  };
  const {
    workspace,
    members,
    exportedAt: _exportedAt,
    ...rest
  } = backup as {
    workspace: Record<string, unknown>;
    members: { email: string; name: string; role: string }[];
    exportedAt: string;
  };
  return {
    workspace: { name: workspace.name, blindReview: workspace.blindReview },
    members: members
      .map(({ email, name, role }) => ({ email, name, role }))
      .sort((a, b) => a.email.localeCompare(b.email)),
    ...(walk(rest) as object),
  };
}

describe("backup and restore", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    const scope = { workspaceId: ws.workspace.id };
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    await updateRating(db(), {
      actor: ws.admin,
      ...scope,
      ratingId: ratings[5]!.id,
      input: { ...ratings[5]!, label: "Cannot be checked", version: ratings[5]!.version },
    });
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "Exports rose 12% 🚀 in 2024, the minister said.",
      "Unemployment fell to 3.1%.",
      "Critics disagree.",
    ]);
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      ...scope,
      articleId: article.articleId,
      input: {
        revisionId: article.revisionId,
        ...rangeOf(article.text, "Exports rose 12% 🚀 in 2024"),
        tags: ["economy"],
      },
    });
    await tick();
    const second = await createClaim(db(), {
      actor: ws.reviewer2,
      ...scope,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "Unemployment fell to 3.1%.") },
    });
    await tick();
    const note = await createNote(db(), {
      actor: ws.reviewer,
      ...scope,
      claimId: claim.id,
      input: { body: "See **table 3**.", tags: ["data"] },
    });
    await tick();
    await createNote(db(), {
      actor: ws.reviewer2,
      ...scope,
      claimId: claim.id,
      input: { body: "Agreed.", replyToId: note.id },
    });
    await tick();
    const gone = await createNote(db(), { actor: ws.reviewer2, ...scope, claimId: claim.id, input: { body: "Oops" } });
    await deleteNote(db(), { actor: ws.reviewer2, ...scope, noteId: gone.id, input: { version: 1 } });
    const source = await addSource(db(), {
      actor: ws.reviewer,
      ...scope,
      claimId: claim.id,
      input: { url: "https://stats.example/t3", title: "Table 3", stance: "refutes", accessedAt: "2026-11-01" },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer,
      ...scope,
      claimId: claim.id,
      input: { ratingId: ratings[3]!.id, confidence: 80, rationale: "Official: 9.8%.", sourceIds: [source.id] },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      ...scope,
      claimId: claim.id,
      input: { ratingId: ratings[4]!.id, confidence: 60 },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      ...scope,
      claimId: second.id,
      input: { ratingId: ratings[0]!.id, confidence: 50, submit: false },
    });
    const final = await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope,
      claimId: claim.id,
      input: { ratingId: ratings[3]!.id, summary: "Exports rose 9.8%." },
    });
    await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      ...scope,
      claimId: claim.id,
      input: { published: true, version: final.version },
    });
    await setClaimTags(db(), {
      actor: ws.reviewer2,
      ...scope,
      claimId: second.id,
      input: { tags: ["labour"], version: second.version },
    });
    await createAssignments(db(), {
      actor: ws.editor,
      ...scope,
      input: {
        articleId: article.articleId,
        claimIds: [second.id],
        assigneeIds: [ws.reviewer.userId],
        dueAt: "2026-12-01",
      },
    });
  });

  it("restores a whole workspace into an empty one, equal field by field", async () => {
    const original = await exportJson(ws.admin, ws.workspace.id);
    const target = await createWorkspace(db(), { actor: ws.admin, input: { name: "Restored desk" } });
    const summary = await restoreBackup(db(), { actor: ws.admin, workspaceId: target.id, input: original });
    expect(summary).toMatchObject({ articles: 1, claims: 2, members: 5 });
    const restored = await exportJson(ws.admin, target.id);
    const restoredLog = restored.auditLog as { action: string }[];
    expect(restoredLog.at(-1)!.action).toBe("workspace.restore");
    // Each workspace's own creation, and the restore itself, are the only entries that differ.
    const own = (entry: { action: string }) =>
      entry.action !== "workspace.restore" && entry.action !== "workspace.create";
    restored.auditLog = restoredLog.filter(own);
    original.auditLog = (original.auditLog as { action: string }[]).filter(own);
    expect((original.auditLog as unknown[]).length).toBeGreaterThan(15);
    expect({ ...(canonical(restored) as object), workspace: null }).toEqual({
      ...(canonical(original) as object),
      workspace: null,
    });
    const articles = restored.articles as { claims: { notes: unknown[] }[] }[];
    expect(JSON.stringify(articles)).toContain("Exports rose 12% 🚀 in 2024");
    // The deleted note had no replies: it left the thread for the trash (which backups do not carry).
    expect(articles[0]!.claims[0]!.notes).toHaveLength(2);
  });

  it("refuses a backup into a workspace that has articles, and garbage with a message", async () => {
    const original = await exportJson(ws.admin, ws.workspace.id);
    await expect(
      restoreBackup(db(), { actor: ws.admin, workspaceId: ws.workspace.id, input: original }),
    ).rejects.toThrow(/empty workspace/);
    const target = await createWorkspace(db(), { actor: ws.admin, input: { name: "Another desk" } });
    await expect(
      restoreBackup(db(), { actor: ws.admin, workspaceId: target.id, input: { format: "something else" } }),
    ).rejects.toThrow(/not a Margin backup/);
    await expect(
      restoreBackup(db(), { actor: ws.editor, workspaceId: ws.workspace.id, input: original }),
    ).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === "forbidden");
    await expect(openBackupExport(db(), { actor: ws.reviewer, workspaceId: ws.workspace.id })).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === "forbidden",
    );
  });
});
