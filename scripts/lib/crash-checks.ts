// What must hold after a crash: every acknowledged write is in the database and readable through
// the restarted app; every note and claim (acknowledged or not) is whole: its audit row, its
// search entry and both of its tags committed with it; SQLite's integrity check says "ok".
import { sql } from "kysely";
import { createDb, sqlOf } from "../../lib/db/client";
import type { DatabaseTarget } from "../../lib/db/database-url";
import type { LoadWorkspace } from "../../bench/lib/load-workspace";
import { CRASH_TAGS, type BurstResult } from "./crash-burst";

export interface CrashReport {
  lost: string[];
  unreadable: string[];
  partial: string[];
  integrity: string;
  notesInDb: number;
  claimsInDb: number;
}

/**
 * The notes and claims of the workspace before the burst. The burst's rows are the others: a time
 * window would also catch the seed's last rows (untagged) when the server starts within it.
 */
export async function rowsBeforeBurst(target: DatabaseTarget, workspaceId: string): Promise<Set<string>> {
  const handle = createDb(target);
  try {
    const where = { where: { workspaceId }, select: { id: true } };
    const rows = [...(await handle.db.note.findMany(where)), ...(await handle.db.claim.findMany(where))];
    return new Set(rows.map((row) => row.id));
  } finally {
    await handle.close();
  }
}

export async function checkAfterCrash(options: {
  target: DatabaseTarget;
  base: string;
  workspace: LoadWorkspace;
  burst: BurstResult;
  before: Set<string>;
}): Promise<CrashReport> {
  const { target, workspace, burst } = options;
  const handle = createDb(target);
  const db = handle.db;
  try {
    let integrity = "not applicable (PostgreSQL)";
    if (target.provider === "sqlite") {
      const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(sqlOf(db));
      integrity = rows.map((row) => row.integrity_check).join("; ");
    }
    const written = {
      where: { workspaceId: workspace.workspaceId },
      select: { id: true, _count: { select: { tags: true } } },
    };
    const notes = (await db.note.findMany(written)).filter((row) => !options.before.has(row.id));
    const claims = (await db.claim.findMany(written)).filter((row) => !options.before.has(row.id));
    const ids = [...notes, ...claims].map((row) => row.id);
    const audited = new Set(
      (
        await db.auditLog.findMany({
          where: { entityId: { in: ids }, action: { in: ["note.create", "claim.create"] } },
          select: { entityId: true },
        })
      ).map((row) => row.entityId),
    );
    const indexed = new Set(
      (await db.searchEntry.findMany({ where: { entityId: { in: ids } }, select: { entityId: true } })).map(
        (row) => row.entityId,
      ),
    );
    const partial = [...notes, ...claims]
      .filter((row) => row._count.tags !== CRASH_TAGS.length || !audited.has(row.id) || !indexed.has(row.id))
      .map((row) => row.id);
    const present = new Set(ids);
    const lost = [...burst.notes, ...burst.claims].filter((id) => !present.has(id));
    // Readable through the app, not only in the file: the restarted server serves each claim.
    const unreadable: string[] = [];
    const token = workspace.reviewers[0]!.token;
    for (const id of burst.claims) {
      const answer = await fetch(`${options.base}/api/v1/workspaces/${workspace.workspaceId}/claims/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (answer.status !== 200) unreadable.push(`${id} (${answer.status})`);
    }
    return { lost, unreadable, partial, integrity, notesInDb: notes.length, claimsInDb: claims.length };
  } finally {
    await handle.close();
  }
}
