// A realistic workspace for load and crash tests, written through the data layer: the demo
// workspace and its seed articles (imported twice more), claims on every article, and reviewers
// with a personal read-write API token each and a claim of their own (for verdicts, which are
// one per reviewer and claim and carry a version).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { DatabaseTarget } from "../../lib/db/database-url";

export interface LoadReviewer {
  userId: string;
  token: string;
  /** A claim only this reviewer gives verdicts on in the load test. */
  claimId: string;
}

export interface LoadWorkspace {
  workspaceId: string;
  articleIds: string[];
  claimIds: string[];
  ratingIds: string[];
  reviewers: LoadReviewer[];
  /** The demo editor, for signed-in page reads. */
  editor: { email: string; password: string };
}

const CLAIMS_PER_ARTICLE = 12;

export async function seedLoadWorkspace(
  target: DatabaseTarget,
  options: { reviewers: number },
): Promise<LoadWorkspace> {
  const { prepareDatabase } = await import("../../scripts/lib/prepare-database");
  await prepareDatabase({ seed: true, target });
  const { createDb } = await import("../../lib/db/client");
  const { importArticle } = await import("../../lib/articles/import-article");
  const { readUpload } = await import("../../lib/articles/read-upload");
  const { createClaim } = await import("../../lib/claims/create-claim");
  const { createApiToken } = await import("../../lib/api-tokens/create-api-token");
  const { DEMO_PASSWORD } = await import("../../lib/seed/demo-accounts");
  const { seedArticlesDirectory } = await import("../../lib/seed/seed-demo");
  const handle = createDb(target);
  const db = handle.db;
  try {
    const editor = await db.user.findUniqueOrThrow({
      where: { email: "editor@margin.test" },
      select: { id: true, passwordHash: true },
    });
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" }, select: { id: true } });
    const directory = seedArticlesDirectory();
    for (const copy of [2, 3]) {
      for (const fileName of readdirSync(directory)
        .filter((name) => name.endsWith(".txt"))
        .sort()) {
        await importArticle(db, {
          actor: { userId: editor.id },
          workspaceId: workspace.id,
          input: {
            content: readUpload(readFileSync(join(directory, fileName))),
            fileName: `copy-${copy}-${fileName}`,
            mediaType: "text/plain",
          },
        });
      }
    }
    const articles = await db.article.findMany({
      where: { workspaceId: workspace.id },
      select: { id: true, currentRevision: { select: { id: true, text: true } } },
      orderBy: { createdAt: "asc" },
    });
    const claimOn = async (userId: string, article: (typeof articles)[number], i: number) => {
      const length = [...article.currentRevision!.text].length;
      const start = (i * 97) % Math.max(1, length - 80);
      const claim = await createClaim(db, {
        actor: { userId },
        workspaceId: workspace.id,
        articleId: article.id,
        input: { revisionId: article.currentRevision!.id, start, end: start + 40 + (i % 5) * 8 },
      });
      return claim.id;
    };
    const claimIds: string[] = [];
    for (const article of articles)
      for (let i = 0; i < CLAIMS_PER_ARTICLE; i++) claimIds.push(await claimOn(editor.id, article, i));

    const reviewers: LoadReviewer[] = [];
    for (let i = 0; i < options.reviewers; i++) {
      // The demo password's hash is reused: hashing it 50 times would only slow the set-up.
      const user = await db.user.create({
        data: {
          name: `Load Reviewer ${i + 1}`,
          email: `load-${i + 1}@margin.test`,
          passwordHash: editor.passwordHash,
          memberships: { create: { workspaceId: workspace.id, role: "reviewer" } },
        },
        select: { id: true },
      });
      const { secret } = await createApiToken(db, {
        actor: { userId: user.id },
        input: { name: "load test", workspaceId: workspace.id, scope: "read_write" },
      });
      const claimId = await claimOn(user.id, articles[i % articles.length]!, CLAIMS_PER_ARTICLE + i);
      reviewers.push({ userId: user.id, token: secret, claimId });
    }
    const ratings = await db.rating.findMany({
      where: { workspaceId: workspace.id, archivedAt: null },
      select: { id: true },
    });
    return {
      workspaceId: workspace.id,
      articleIds: articles.map((article) => article.id),
      claimIds: [...claimIds, ...reviewers.map((reviewer) => reviewer.claimId)],
      ratingIds: ratings.map((rating) => rating.id),
      reviewers,
      editor: { email: "editor@margin.test", password: DEMO_PASSWORD },
    };
  } finally {
    await handle.close();
  }
}
