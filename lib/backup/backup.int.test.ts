import { beforeAll, describe, expect, it } from "vitest";
import { createAssignments } from "../assignments/create-assignments";
import { createClaim } from "../claims/create-claim";
import { setClaimAppearance } from "../claims/set-claim-appearance";
import { setClaimTags } from "../claims/set-claim-tags";
import { createNote } from "../notes/create-note";
import { setNoteThreadResolved } from "../notes/set-note-thread-resolved";
import { deleteNote } from "../notes/delete-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { updateRating } from "../ratings/update-rating";
import { addSource } from "../sources/add-source";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import type { Backup } from "./backup-schema";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";
import { createWorkspace } from "../workspaces/create-workspace";
import { AppError } from "../errors/app-error";
import { archiveArticle } from "../articles/archive-article";
import { withdrawAssignment } from "../assignments/withdraw-assignment";
import { getClaimDetail } from "../claims/get-claim-detail";
import { tableCounts } from "../testing/table-counts";
import { makeUser } from "../testing/factories";
import { signUp } from "../users/sign-up";
import { cancelRestore } from "./clear-restore";
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
    // Restored audit entries are marked imported: the one documented difference besides ids.
    if (key === "imported") return undefined;
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
    await setNoteThreadResolved(db(), { actor: ws.editor, ...scope, noteId: note.id, input: { resolved: true } });
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
    const appearance = await setClaimAppearance(db(), {
      actor: ws.editor,
      ...scope,
      claimId: claim.id,
      input: {
        claimantName: "Ministry of Trade",
        claimantType: "organisation",
        claimDate: "2026-10-29",
        appearanceUrl: "https://video.example/briefing",
        version: (await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).version,
      },
    });
    expect(appearance.claimant).toEqual({ name: "Ministry of Trade", type: "organisation" });
    const final = await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope,
      claimId: claim.id,
      input: { ratingId: ratings[4]!.id, summary: "Exports rose 9.8%.", claimReviewed: "Exports rose 12% in 2024" },
    });
    // Published, corrected (unpublished, changed, published again): the corrections log travels too.
    const published = await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      ...scope,
      claimId: claim.id,
      input: { published: true, version: final.version },
    });
    const unpublished = await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      ...scope,
      claimId: claim.id,
      input: { published: false, version: published.version },
    });
    const corrected = await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope,
      claimId: claim.id,
      input: {
        ratingId: ratings[3]!.id,
        summary: "Exports rose 9.8%.",
        claimReviewed: "Exports rose 12% in 2024",
        version: unpublished.version,
      },
    });
    await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      ...scope,
      claimId: claim.id,
      input: { published: true, version: corrected.version },
    });
    await setClaimTags(db(), {
      actor: ws.reviewer2,
      ...scope,
      claimId: second.id,
      input: { tags: ["labour"], version: second.version },
    });
    const [assignment] = await createAssignments(db(), {
      actor: ws.editor,
      ...scope,
      input: {
        articleId: article.articleId,
        claimIds: [second.id],
        assigneeIds: [ws.reviewer.userId, ws.reviewer2.userId],
        dueAt: "2026-12-01",
      },
    });
    await withdrawAssignment(db(), { actor: ws.editor, ...scope, assignmentId: assignment!.id });
    const archived = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["An older story.", "Long gone."]);
    await archiveArticle(db(), {
      actor: ws.editor,
      ...scope,
      articleId: archived.articleId,
      input: { archived: true, version: 1 },
    });
    // What an import keeps about a note's origin travels with the backup.
    await db().note.update({
      where: { id: note.id },
      data: {
        provenance: JSON.stringify({ via: "hypothesis", creator: "acct:rosa@hypothes.is", id: "a1", createdAt: null }),
      },
    });
  });

  /** A fresh workspace of the same admin with the same members in the same roles. */
  async function sameTeamWorkspace(name: string) {
    const target = await createWorkspace(db(), { actor: ws.admin, input: { name } });
    for (const [member, role] of [
      [ws.editor, "editor"],
      [ws.reviewer, "reviewer"],
      [ws.reviewer2, "reviewer"],
      [ws.viewer, "viewer"],
    ] as const)
      await db().membership.create({ data: { workspaceId: target.id, userId: member.userId, role } });
    return target;
  }

  it("restores a whole workspace into an empty one, equal field by field", async () => {
    const original = await exportJson(ws.admin, ws.workspace.id);
    const target = await sameTeamWorkspace("Restored desk");
    const summary = await restoreBackup(db(), { actor: ws.admin, workspaceId: target.id, input: original });
    expect(summary).toMatchObject({ articles: 2, claims: 2, members: 4, placeholders: 0 });
    expect(JSON.stringify(original)).toContain('"withdrawnAt":"');
    expect(JSON.stringify(original)).toContain('"archivedAt":"');
    expect(JSON.stringify(original)).toContain('"publishedExact":"Exports rose 12% 🚀 in 2024"');
    expect(JSON.stringify(original)).toContain('"claimantName":"Ministry of Trade"');
    expect(JSON.stringify(original)).toContain('"appearanceUrl":"https://video.example/briefing"');
    expect(JSON.stringify(original)).toContain('"claimDate":"2026-10-29"');
    expect(JSON.stringify(original)).toContain('"claimReviewed":"Exports rose 12% in 2024"');
    expect(JSON.stringify(original)).toMatch(/"corrections":\[\{"description":"Rating changed from/);
    expect(JSON.stringify(original)).toContain("acct:rosa@hypothes.is");
    expect(JSON.stringify(original)).toMatch(/"resolvedAt":"[^"]+","resolvedBy":"[^"]+"/);
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
    const entries = await db().auditLog.findMany({ where: { workspaceId: target.id }, orderBy: { id: "asc" } });
    expect(entries.at(-1)).toMatchObject({ action: "workspace.restore", actorId: ws.admin.userId, imported: false });
    expect(entries.filter((e) => e.action !== "workspace.restore" && e.action !== "workspace.create")).toSatisfy(
      (list: { imported: boolean }[]) => list.length > 15 && list.every((e) => e.imported),
    );
    expect((await db().workspace.findUniqueOrThrow({ where: { id: target.id } })).restoringAt).toBeNull();
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
    // An editor of the (empty) target is not its admin.
    await db().membership.create({ data: { workspaceId: target.id, userId: ws.editor.userId, role: "editor" } });
    await expect(restoreBackup(db(), { actor: ws.editor, workspaceId: target.id, input: original })).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === "forbidden",
    );
    await expect(
      restoreBackup(db(), { actor: ws.editor, workspaceId: ws.workspace.id, input: original }),
    ).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === "forbidden");
    await expect(openBackupExport(db(), { actor: ws.reviewer, workspaceId: ws.workspace.id })).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === "forbidden",
    );
  });

  it("enrols nobody and creates no account: strangers' work goes to labelled placeholders, forged history is marked imported", async () => {
    const backup = (await exportJson(ws.admin, ws.workspace.id)) as unknown as Backup;
    const stranger = `stranger.${Date.now()}@example.test`;
    backup.members.push(
      { email: ws.editor.email, name: "Editor", role: "admin", joinedAt: backup.exportedAt },
      { email: stranger, name: "Stranger Danger", role: "admin", joinedAt: backup.exportedAt },
    );
    backup.articles[0]!.claims[0]!.notes[0]!.author = stranger;
    backup.auditLog.push({
      actor: ws.editor.email,
      action: "membership.create",
      entityType: "membership",
      entityId: "forged",
      articleId: null,
      claimId: null,
      before: null,
      after: JSON.stringify({ role: "admin" }),
      createdAt: "2020-01-01T00:00:00.000Z",
    });
    // Someone who just signed up restores the crafted backup into their own new workspace.
    const attacker = await makeUser(db(), "Attacker");
    const target = await createWorkspace(db(), { actor: attacker, input: { name: "Crafted" } });
    const users = await db().user.count();
    const summary = await restoreBackup(db(), { actor: attacker, workspaceId: target.id, input: backup });
    const members = await db().membership.findMany({ where: { workspaceId: target.id } });
    expect(members.map((m) => m.userId)).toEqual([attacker.userId]);
    expect(await db().membership.count({ where: { workspaceId: ws.workspace.id } })).toBe(5);
    expect(await db().user.findUnique({ where: { email: stranger } })).toBeNull();
    const placeholders = await db().user.findMany({
      where: { kind: "placeholder", email: { endsWith: `:${stranger}` } },
    });
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]).toMatchObject({
      passwordHash: null,
      name: "Stranger Danger (restored author, not a member)",
    });
    expect(await db().user.count()).toBe(users + summary.placeholders);
    expect(await db().account.count({ where: { userId: placeholders[0]!.id } })).toBe(0);
    // The forged entry is kept as history, marked imported, and credited to a placeholder, not the editor.
    const forged = await db().auditLog.findFirstOrThrow({ where: { workspaceId: target.id, entityId: "forged" } });
    expect(forged.imported).toBe(true);
    expect(forged.actorId).not.toBe(ws.editor.userId);
    expect(await db().auditLog.count({ where: { workspaceId: target.id, actorId: ws.editor.userId } })).toBe(0);
    const restore = await db().auditLog.findFirstOrThrow({
      where: { workspaceId: target.id, action: "workspace.restore" },
    });
    expect(restore).toMatchObject({ actorId: attacker.userId, imported: false });
    // The page shows the placeholder's label beside the note.
    const claim = await db().claim.findFirstOrThrow({ where: { workspaceId: target.id }, orderBy: { start: "asc" } });
    const detail = await getClaimDetail(db(), { actor: attacker, workspaceId: target.id, claimId: claim.id });
    expect(detail.notes.map((n) => n.author.name)).toContain("Stranger Danger (restored author, not a member)");
    // The stranger can still sign up with their own address, as a normal account.
    const account = await signUp(db(), {
      input: { name: "Stranger", email: stranger, password: "a long enough passphrase 42" },
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ kind: "account" });
  });

  it("refuses an invalid backup as a whole, listing every problem, and writes nothing", async () => {
    const backup = (await exportJson(ws.admin, ws.workspace.id)) as unknown as Backup;
    const article = backup.articles[0]!;
    const claim = article.claims[0]!;
    claim.notes[0]!.body = "NUL\u0000inside";
    backup.tags[0]!.name = "x".repeat(41);
    claim.sources[0]!.url = "javascript:alert(1)";
    article.revisions[0]!.blocks = "not json";
    claim.end = 10_000;
    backup.ratings[0]!.color = "red";
    claim.verdicts[0]!.sourceIds = ["nowhere"];
    const target = await createWorkspace(db(), { actor: ws.admin, input: { name: "Invalid" } });
    const before = await tableCounts(db());
    const error = await restoreBackup(db(), { actor: ws.admin, workspaceId: target.id, input: backup }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    const { problems } = (error as AppError).details as { problems: { path: string; message: string }[] };
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "articles.0.claims.0.notes.0.body",
        "tags.0.name",
        "articles.0.claims.0.sources.0.url",
        "ratings.0.color",
      ]),
    );
    expect(await tableCounts(db())).toEqual(before);
    // Once the shape is right, what ties records together is checked the same way.
    const fixed = (await exportJson(ws.admin, ws.workspace.id)) as unknown as Backup;
    fixed.articles[0]!.revisions[0]!.blocks = "not json";
    fixed.articles[0]!.claims[0]!.end = 10_000;
    fixed.articles[0]!.claims[0]!.verdicts[0]!.sourceIds = ["nowhere"];
    const second = (await restoreBackup(db(), { actor: ws.admin, workspaceId: target.id, input: fixed }).catch(
      (e: unknown) => e,
    )) as AppError;
    expect((second.details as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual([
      "articles.0.revisions.0.blocks",
      "articles.0.claims.0.end",
      "articles.0.claims.0.verdicts.0.sourceIds.0",
    ]);
    expect(await tableCounts(db())).toEqual(before);
  });

  it("clears an interrupted restore on cancel or on the next restore", async () => {
    const backup = await exportJson(ws.admin, ws.workspace.id);
    const target = await createWorkspace(db(), { actor: ws.admin, input: { name: "Interrupted" } });
    await restoreBackup(db(), { actor: ws.admin, workspaceId: target.id, input: backup });
    // As if the server had stopped half-way: the mark is still there, and nobody else writes meanwhile.
    await db().workspace.update({ where: { id: target.id }, data: { restoringAt: new Date() } });
    const claim = await db().claim.findFirstOrThrow({ where: { workspaceId: target.id } });
    await expect(
      createNote(db(), { actor: ws.admin, workspaceId: target.id, claimId: claim.id, input: { body: "Meanwhile" } }),
    ).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === "locked");
    await expect(cancelRestore(db(), { actor: ws.editor, workspaceId: ws.workspace.id })).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === "forbidden",
    );
    await cancelRestore(db(), { actor: ws.admin, workspaceId: target.id });
    expect(await db().article.count({ where: { workspaceId: target.id } })).toBe(0);
    expect(await db().tag.count({ where: { workspaceId: target.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { workspaceId: target.id, imported: true } })).toBe(0);
    expect((await db().workspace.findUniqueOrThrow({ where: { id: target.id } })).restoringAt).toBeNull();
    await restoreBackup(db(), { actor: ws.admin, workspaceId: target.id, input: backup });
    await db().workspace.update({ where: { id: target.id }, data: { restoringAt: new Date() } });
    const progress: number[] = [];
    await restoreBackup(db(), {
      actor: ws.admin,
      workspaceId: target.id,
      input: backup,
      onProgress: (p) => progress.push(p.written),
    });
    expect(await db().article.count({ where: { workspaceId: target.id } })).toBe(2);
    expect(progress.at(-1)).toBeGreaterThan(0);
  });
});
