// Restores a Margin backup into an empty workspace, by one of its admins. The whole backup is
// checked first (check-backup.ts): one problem and nothing is written, with every problem listed.
// Then it is written in short transactions (a few hundred rows each) so other requests get the
// database between them, with Workspace.restoringAt set while it runs. Nobody is enrolled and no
// account is created: authors who are members here keep their work, everyone else is credited to a
// labelled placeholder (lib/users/placeholder-users.ts). Audit entries from the backup are marked
// imported; the restore itself is audited with the restorer as actor.
import { performance } from "node:perf_hooks";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { transaction, type Db, type DbTx } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { PLACEHOLDER_KIND, placeholderEmail, placeholderName } from "../users/placeholder-users";
import { getMemberActor } from "../workspaces/get-member-actor";
import type { Backup } from "./backup-schema";
import { checkBackup } from "./check-backup";
import { clearRestore, runningRestores } from "./clear-restore";
import { insertRestoreStep, stepWeight } from "./insert-restore-step";
import { countRestoreRows, restoreSteps, type RestoreStep } from "./restore-rows";

export interface RestoreProgress {
  written: number;
  total: number;
}

export interface RestoreSummary {
  articles: number;
  claims: number;
  auditEntries: number;
  /** Authors who are members here and keep their work under their own name. */
  members: number;
  /** Authors who are not members here, credited to labelled placeholders. */
  placeholders: number;
}

/** A transaction's share of rows, adjusted to keep each near TARGET_MS (and so under ~200 ms). */
const TARGET_MS = 120;
const FIRST_BATCH = 500;
const SMALLEST_BATCH = 50;

export async function restoreBackup(
  db: Db,
  options: {
    actor: Actor;
    workspaceId: string;
    input: unknown;
    onProgress?: (progress: RestoreProgress) => void;
  },
): Promise<RestoreSummary> {
  const { workspaceId } = options;
  const member = await getMemberActor(db, options.actor, workspaceId);
  assertCan(member, "workspace.restore");
  const check = checkBackup(options.input);
  if (!check.ok) {
    const first = check.problems[0]!;
    const count = check.total === 1 ? "1 problem" : `${check.total} problems`;
    throw new AppError(
      "unprocessable",
      `Nothing was restored: the backup has ${count} (details.problems lists them). First, ${first.path}: ${first.message}`,
      { problems: check.problems, total: check.total },
    );
  }
  const backup = check.backup;
  const token = await beginRestore(db, workspaceId);
  runningRestores.add(workspaceId);
  try {
    const authors = await resolveAuthors(db, workspaceId, backup);
    const total = countRestoreRows(backup);
    let written = 0;
    options.onProgress?.({ written, total });
    await transaction(db, async (tx) => {
      await assertStillRestoring(tx, workspaceId, token);
      await tx.rating.deleteMany({ where: { workspaceId } });
    });
    let budget = FIRST_BATCH;
    let batch: RestoreStep[] = [];
    let weight = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const steps = batch;
      batch = [];
      weight = 0;
      const started = performance.now();
      await transaction(
        db,
        async (tx) => {
          await assertStillRestoring(tx, workspaceId, token);
          for (const step of steps) await insertRestoreStep(tx, step);
        },
        { maxWait: 30_000, timeout: 60_000 },
      );
      const ms = performance.now() - started;
      budget =
        ms > TARGET_MS
          ? Math.max(SMALLEST_BATCH, Math.floor((budget * TARGET_MS) / ms))
          : Math.min(5000, Math.ceil(budget * 1.25));
      written += steps.reduce((n, step) => n + step.rows.length, 0);
      options.onProgress?.({ written: Math.min(written, total), total });
      // Let requests that waited for the database run before the next batch.
      await new Promise((resolve) => setImmediate(resolve));
    };
    for (const step of restoreSteps(backup, workspaceId, authors.userOf)) {
      // A large step (a thousand notes of one claim) is split so no transaction grows past the budget.
      for (const part of splitStep(step, budget)) {
        batch.push(part);
        weight += stepWeight(part);
        if (weight >= budget) await flush();
      }
    }
    await flush();
    await transaction(db, async (tx) => {
      await assertStillRestoring(tx, workspaceId, token);
      await tx.workspace.update({
        where: { id: workspaceId },
        data: { blindReview: backup.workspace.blindReview, restoringAt: null },
      });
      await recordAudit(tx, {
        workspaceId,
        actorId: member.userId,
        action: "workspace.restore",
        entityType: "workspace",
        entityId: workspaceId,
        after: {
          from: backup.workspace.name,
          exportedAt: backup.exportedAt,
          articles: backup.articles.length,
          placeholders: authors.placeholders,
        },
      });
    });
    options.onProgress?.({ written: total, total });
    return {
      articles: backup.articles.length,
      claims: backup.articles.reduce((n, a) => n + a.claims.length, 0),
      auditEntries: backup.auditLog.length,
      members: authors.members,
      placeholders: authors.placeholders,
    };
  } catch (error) {
    // Whatever was written goes again, unless another restore or a cancel took over meanwhile.
    await clearRestore(db, workspaceId, token).catch(() => undefined);
    throw error;
  } finally {
    runningRestores.delete(workspaceId);
  }
}

/** Marks the workspace as restoring, once it is known to be empty (an interrupted restore is cleared first). */
async function beginRestore(db: Db, workspaceId: string): Promise<Date> {
  if (runningRestores.has(workspaceId))
    throw new AppError("conflict", "A restore into this workspace is running. Wait for it, or cancel it first.");
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { restoringAt: true } });
  if (workspace.restoringAt) await clearRestore(db, workspaceId, workspace.restoringAt);
  const token = new Date();
  await transaction(db, async (tx) => {
    const [articles, tags, trash] = await Promise.all([
      tx.article.count({ where: { workspaceId } }),
      tx.tag.count({ where: { workspaceId } }),
      tx.trashItem.count({ where: { workspaceId } }),
    ]);
    if (articles + tags + trash > 0)
      throw new AppError(
        "conflict",
        "Restore into an empty workspace: this one already has articles or tags. Create a new workspace for the backup.",
      );
    const claimed = await tx.workspace.updateMany({
      where: { id: workspaceId, restoringAt: null },
      data: { restoringAt: token },
    });
    if (claimed.count !== 1) throw new AppError("conflict", "A restore into this workspace has just started.");
  });
  return token;
}

async function assertStillRestoring(tx: DbTx, workspaceId: string, token: Date) {
  const row = await tx.workspace.findUnique({ where: { id: workspaceId }, select: { restoringAt: true } });
  if (row?.restoringAt?.getTime() !== token.getTime())
    throw new AppError("conflict", "The restore was cancelled; nothing of it was kept.");
}

/** Every e-mail the backup names, mapped to a member of this workspace or to a new placeholder. */
async function resolveAuthors(db: Db, workspaceId: string, backup: Backup) {
  const names = new Map(backup.members.map((m) => [m.email.toLowerCase(), m.name]));
  const emails = new Set<string>();
  const add = (email: string | null) => email && emails.add(email.toLowerCase());
  for (const a of backup.articles) {
    add(a.createdBy);
    a.revisions.forEach((r) => add(r.createdBy));
    a.assignments.forEach((x) => (add(x.assignee), add(x.assignedBy)));
    a.dismissals.forEach((x) => add(x.dismissedBy));
    for (const c of a.claims) {
      add(c.createdBy);
      c.notes.forEach((n) => (add(n.author), add(n.resolvedBy ?? null)));
      c.sources.forEach((s) => add(s.addedBy));
      c.verdicts.forEach((v) => add(v.reviewer));
      if (c.finalVerdict) add(c.finalVerdict.editor);
    }
  }
  backup.auditLog.forEach((e) => add(e.actor));
  const members = await db.membership.findMany({
    where: { workspaceId },
    select: { user: { select: { id: true, email: true } } },
  });
  const byEmail = new Map(members.map((m) => [m.user.email.toLowerCase(), m.user.id]));
  const placeholders = [...emails]
    .filter((email) => !byEmail.has(email))
    .map((email) => ({
      email,
      row: { email: placeholderEmail(email), name: placeholderName(names.get(email), email), kind: PLACEHOLDER_KIND },
    }));
  for (let i = 0; i < placeholders.length; i += 500) {
    const part = placeholders.slice(i, i + 500);
    await db.user.createMany({ data: part.map((p) => p.row) });
    const created = await db.user.findMany({
      where: { email: { in: part.map((p) => p.row.email) } },
      select: { id: true, email: true },
    });
    const ids = new Map(created.map((u) => [u.email, u.id]));
    for (const p of part) byEmail.set(p.email, ids.get(p.row.email)!);
  }
  return {
    userOf: (email: string) => byEmail.get(email.toLowerCase())!,
    members: emails.size - placeholders.length,
    placeholders: placeholders.length,
  };
}

function* splitStep(step: RestoreStep, budget: number): Generator<RestoreStep> {
  const size = Math.max(1, budget);
  if (step.rows.length <= size) {
    if (step.rows.length) yield step;
    return;
  }
  for (let i = 0; i < step.rows.length; i += size)
    yield { table: step.table, rows: step.rows.slice(i, i + size) } as RestoreStep;
}
