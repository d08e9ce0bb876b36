// Builders for integration tests. Every test makes its own people and workspaces (unique
// e-mails and slugs), so files can run in any order against one database.
import { randomBytes } from "node:crypto";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { Role } from "../permissions/roles";
import { DEFAULT_RATING_SCALE } from "../ratings/default-rating-scale";

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

export async function makeUser(db: Db, name = "Test User"): Promise<Actor & { email: string; name: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${uniqueSuffix()}@example.test`;
  const user = await db.user.create({ data: { name, email }, select: { id: true } });
  return { userId: user.id, email, name };
}

/** A workspace with one member per role (plus an outsider who belongs to another workspace). */
export async function makeWorkspace(db: Db, options: { blindReview?: boolean } = {}) {
  const [admin, editor, reviewer, reviewer2, viewer, outsider] = await Promise.all([
    makeUser(db, "Admin"),
    makeUser(db, "Editor"),
    makeUser(db, "Reviewer"),
    makeUser(db, "Second Reviewer"),
    makeUser(db, "Viewer"),
    makeUser(db, "Outsider"),
  ]);
  const roles: [Actor, Role][] = [
    [admin, "admin"],
    [editor, "editor"],
    [reviewer, "reviewer"],
    [reviewer2, "reviewer"],
    [viewer, "viewer"],
  ];
  const suffix = uniqueSuffix();
  const workspace = await db.workspace.create({
    data: {
      name: `Workspace ${suffix}`,
      slug: `ws-${suffix}`,
      blindReview: options.blindReview ?? true,
      memberships: { create: roles.map(([actor, role]) => ({ userId: actor.userId, role })) },
      ratings: { create: DEFAULT_RATING_SCALE.map((rating, position) => ({ ...rating, position })) },
    },
    select: { id: true, slug: true },
  });
  const other = await db.workspace.create({
    data: {
      name: `Other ${suffix}`,
      slug: `other-${suffix}`,
      memberships: { create: { userId: outsider.userId, role: "admin" } },
    },
    select: { id: true },
  });
  return { workspace, otherWorkspace: other, admin, editor, reviewer, reviewer2, viewer, outsider };
}

/** An article whose text is `paragraphs` joined by blank lines (one revision, created by the editor). */
export async function makeArticle(
  db: Db,
  workspaceId: string,
  createdById: string,
  paragraphs: string[],
  title = "Test article",
) {
  const text = paragraphs.join("\n\n");
  const blocks: { type: "paragraph"; start: number; end: number }[] = [];
  let cp = 0;
  for (const paragraph of paragraphs) {
    const length = [...paragraph].length;
    blocks.push({ type: "paragraph", start: cp, end: cp + length });
    cp += length + 2;
  }
  const article = await db.article.create({ data: { workspaceId, title, createdById }, select: { id: true } });
  const revision = await db.articleRevision.create({
    data: {
      articleId: article.id,
      number: 1,
      text,
      blocks: JSON.stringify(blocks),
      contentHash: "test",
      origin: "paste",
      createdById,
    },
    select: { id: true },
  });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  return { articleId: article.id, revisionId: revision.id, text };
}

/** Code-point range of `needle` in `text` (first occurrence after `from`). */
export function rangeOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`"${needle}" not in text`);
  const start = [...text.slice(0, index)].length;
  return { start, end: start + [...needle].length };
}
