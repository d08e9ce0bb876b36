// Loads the demo workspace into an empty database: four people (admin, editor, two reviewers)
// and the two seed articles, imported through the same importer a user uses, and (unless
// `work: false`) work in progress on them (seed-demo-work.ts). Idempotent: a database that has
// users already is left as it is.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importArticle } from "../articles/import-article";
import { readUpload } from "../articles/read-upload";
import { hashPassword } from "../auth/password";
import type { Db } from "../db/client";
import { DEFAULT_RATING_SCALE } from "../ratings/default-rating-scale";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_WORKSPACE } from "./demo-accounts";
import { seedDemoWork } from "./seed-demo-work";

export interface SeedResult {
  seeded: boolean;
  workspaceSlug: string;
  /** Demo accounts present in the database (all of them right after seeding). */
  accounts: (typeof DEMO_ACCOUNTS)[number][];
  articles: string[];
  /** Claims marked as demo work (0 without it). */
  claims: number;
}

export function seedArticlesDirectory(root = process.cwd()): string {
  return join(root, "prisma/seed/articles");
}

export async function seedDemo(db: Db, options: { root?: string; work?: boolean } = {}): Promise<SeedResult> {
  const result: SeedResult = {
    seeded: false,
    workspaceSlug: DEMO_WORKSPACE.slug,
    accounts: [...DEMO_ACCOUNTS],
    articles: [],
    claims: 0,
  };
  if ((await db.user.count()) > 0) {
    const present = await db.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
      select: { email: true },
    });
    const emails = new Set(present.map((user) => user.email));
    return { ...result, accounts: DEMO_ACCOUNTS.filter((account) => emails.has(account.email)) };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await Promise.all(
    DEMO_ACCOUNTS.map((account) =>
      db.user.create({ data: { name: account.name, email: account.email, passwordHash }, select: { id: true } }),
    ),
  );
  const workspace = await db.workspace.create({
    data: {
      ...DEMO_WORKSPACE,
      demo: true,
      memberships: { create: DEMO_ACCOUNTS.map((account, i) => ({ userId: users[i]!.id, role: account.role })) },
      ratings: { create: DEFAULT_RATING_SCALE.map((rating, position) => ({ ...rating, position })) },
    },
    select: { id: true },
  });
  const actorOf = (email: string) => ({ userId: users[DEMO_ACCOUNTS.findIndex((a) => a.email === email)]!.id });
  const importer = actorOf(DEMO_ACCOUNTS.find((a) => a.role === "editor")!.email);
  const imported: { id: string; file: string }[] = [];
  const directory = seedArticlesDirectory(options.root);
  for (const fileName of readdirSync(directory)
    .filter((name) => name.endsWith(".txt"))
    .sort()) {
    const article = await importArticle(db, {
      actor: importer,
      workspaceId: workspace.id,
      input: { content: readUpload(readFileSync(join(directory, fileName))), fileName, mediaType: "text/plain" },
    });
    imported.push({ id: article.id, file: fileName });
    result.articles.push(article.title);
  }
  if (options.work !== false) {
    const [ravi, rosa] = DEMO_ACCOUNTS.filter((a) => a.role === "reviewer").map((a) => actorOf(a.email));
    result.claims = await seedDemoWork(db, {
      workspaceId: workspace.id,
      people: { editor: importer, ravi: ravi!, rosa: rosa! },
      articles: imported,
    });
  }
  result.seeded = true;
  return result;
}
