// The demo a newcomer sees first: seeded into a database of its own (seeding needs an empty one),
// on the run's provider.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listArticleClaims } from "../claims/list-article-claims";
import { createDb, type DbHandle } from "../db/client";
import type { DatabaseTarget } from "../db/database-url";
import { migrateDatabase } from "../db/migrate";
import { listDisagreements } from "../dashboard/list-disagreements";
import { createPostgresDatabase, dropPostgresDatabase } from "../testing/postgres-admin";
import { tableCounts } from "../testing/table-counts";
import { testProvider } from "../testing/test-db";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { seedDemo } from "./seed-demo";
import { DEMO_WORK } from "./seed-demo-work";

let handle: DbHandle;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  let target: DatabaseTarget;
  if (testProvider() === "postgresql") {
    const created = await createPostgresDatabase("margin_seed");
    target = { provider: "postgresql", url: created.url };
    cleanUp = () => dropPostgresDatabase(created.name);
  } else {
    const dir = mkdtempSync(join(tmpdir(), "margin-seed-"));
    target = { provider: "sqlite", url: join(dir, "seed.db") };
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  }
  await migrateDatabase(target);
  handle = createDb(target);
});

afterAll(async () => {
  await handle?.close();
  await cleanUp?.();
});

describe("the demo workspace", () => {
  it("loads with work in progress on both seed articles, written as the demo people, and labelled as demo", async () => {
    const db = handle.db;
    const seeded = await seedDemo(db);
    expect(seeded.seeded).toBe(true);
    expect(seeded.articles).toHaveLength(2);
    const expectedClaims = DEMO_WORK.reduce((sum, work) => sum + work.claims.length, 0);
    expect(seeded.claims).toBe(expectedClaims);

    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    expect(workspace.demo).toBe(true);
    const people = await db.user.findMany({ select: { id: true, email: true } });
    const idOf = (email: string) => people.find((p) => p.email === email)!.id;
    const editor = { userId: idOf(DEMO_ACCOUNTS.find((a) => a.role === "editor")!.email) };

    // Claims on both articles, marked by more than one person, read back as the reader lists them.
    const articles = await db.article.findMany({ where: { workspaceId: workspace.id }, select: { id: true } });
    const perArticle = await Promise.all(
      articles.map((a) => listArticleClaims(db, { actor: editor, workspaceId: workspace.id, articleId: a.id })),
    );
    expect(perArticle.map((claims) => claims.length).every((n) => n > 0)).toBe(true);
    const claims = perArticle.flat();
    expect(claims).toHaveLength(expectedClaims);
    expect(claims.every((c) => c.anchorState === "anchored")).toBe(true);
    expect(new Set((await db.claim.findMany({ select: { createdById: true } })).map((c) => c.createdById)).size).toBe(
      3,
    );

    // Notes with a reply, sources, two reviewers' verdicts, one published final verdict, one assignment.
    expect(await db.note.count({ where: { replyToId: { not: null } } })).toBeGreaterThan(0);
    expect(await db.source.count()).toBeGreaterThanOrEqual(3);
    const reviewers = await db.verdict.findMany({
      where: { submittedAt: { not: null } },
      select: { reviewerId: true },
    });
    expect(new Set(reviewers.map((v) => v.reviewerId)).size).toBe(2);
    const finals = await db.finalVerdict.findMany({ select: { published: true } });
    expect(finals).toEqual([{ published: true }]);
    expect(await db.assignment.count()).toBe(1);
    expect(claims.map((c) => c.status).sort()).toEqual(
      expect.arrayContaining(["final", "unreviewed", "verdict_proposed"]),
    );

    // One disagreement, in the editor's queue.
    const disagreements = await listDisagreements(db, { actor: editor, workspaceId: workspace.id });
    expect(disagreements).toHaveLength(1);

    // Written through the use cases: each write left its audit entry, by the person who made it.
    const audited = await db.auditLog.findMany({ select: { action: true, actorId: true } });
    for (const action of ["claim.create", "note.create", "source.create", "final_verdict.publish"])
      expect(
        audited.some((entry) => entry.action === action),
        action,
      ).toBe(true);
    expect(new Set(audited.map((entry) => entry.actorId)).size).toBe(3);
  });

  it("seeds once: a second run changes nothing", async () => {
    const before = await tableCounts(handle.db);
    const again = await seedDemo(handle.db);
    expect(again.seeded).toBe(false);
    expect(again.accounts).toHaveLength(DEMO_ACCOUNTS.length);
    expect(await tableCounts(handle.db)).toEqual(before);
  });
});
