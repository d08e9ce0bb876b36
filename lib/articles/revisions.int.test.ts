import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sliceCodePoints } from "../anchoring";
import { createClaim } from "../claims/create-claim";
import { getClaimDetail } from "../claims/get-claim-detail";
import { reattachClaim } from "../claims/reattach-claim";
import { createNote } from "../notes/create-note";
import { makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { AppError } from "../errors/app-error";
import { claimsAtRevision } from "./claims-at-revision";
import { compareRevisions } from "./compare-revisions";
import { parseEditableText, toEditableText } from "./editable-text";
import { getArticle } from "./get-article";
import { importArticle } from "./import-article";
import { readUpload } from "./read-upload";
import { reviseArticle } from "./revise-article";

const db = () => testDb().db;
const HERALD = readFileSync(join(process.cwd(), "prisma/seed/articles/000_743fd5c741a335b6.txt"));

const MOVED =
  "It remains unknown whether and how the officials have utilized their lessons in their own business projects.";
const CHANGED = "Four officials from the North’s National Academy of Sciences received a four months of training";
const DELETED = "During their stay, the four North Koreans studied the new incubation system";
const STILL = "BASH also offers office space and other support for free to the up-and-coming entrepreneurs.";

describe("editing an article", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let articleId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    const article = await importArticle(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      input: { content: readUpload(HERALD), fileName: "herald.txt" },
    });
    articleId = article.id;
    const text = (await getArticle(db(), { actor: ws.editor, workspaceId: ws.workspace.id, articleId })).article
      .revision.text;
    for (const [name, quote] of Object.entries({ MOVED, CHANGED, DELETED, STILL })) {
      ids[name] = (
        await createClaim(db(), {
          actor: ws.reviewer,
          workspaceId: ws.workspace.id,
          articleId,
          input: { revisionId: article.revisionId, ...rangeOf(text, quote) },
        })
      ).id;
    }
    await createNote(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      claimId: ids.DELETED!,
      input: { body: "Keep me." },
    });
  });

  it("re-anchors every claim and reports exactly what moved, changed and was orphaned", async () => {
    const { article } = await getArticle(db(), { actor: ws.editor, workspaceId: ws.workspace.id, articleId });
    const blocks = parseEditableText(
      toEditableText(
        article.revision.blocks.map((b) => ({
          type: b.type,
          text: sliceCodePoints(article.revision.text, b.start, b.end),
        })),
      ),
    );
    const moved = blocks.findIndex((b) => b.text.startsWith(MOVED));
    const [movedBlock] = blocks.splice(moved, 1);
    blocks.unshift({ type: "paragraph", text: "EDITOR'S NOTE: This story was updated." }, movedBlock!);
    const changedAt = blocks.findIndex((b) => b.text.includes(CHANGED));
    blocks[changedAt] = {
      ...blocks[changedAt]!,
      text: blocks[changedAt]!.text.replace("received a four months of training", "received four months of training"),
    };
    const deletedAt = blocks.findIndex((b) => b.text.includes(DELETED));
    blocks.splice(deletedAt, 1);
    const report = await reviseArticle(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      articleId,
      input: { text: toEditableText(blocks), baseRevisionId: article.revision.id, message: "Updates" },
    });

    expect(report.revision?.number).toBe(2);
    expect(
      (await getArticle(db(), { actor: ws.viewer, workspaceId: ws.workspace.id, articleId })).article.revisionCount,
    ).toBe(2);
    expect(report.moved.map((m) => m.claimId).sort()).toEqual([ids.MOVED, ids.STILL].sort());
    expect(report.changed).toEqual([
      {
        claimId: ids.CHANGED,
        before: CHANGED,
        after: "Four officials from the North’s National Academy of Sciences received four months of training",
        confidence: expect.any(Number),
      },
    ]);
    expect(report.orphaned.map((o) => o.claimId)).toEqual([ids.DELETED]);
    expect(report.unchanged).toBe(0);

    const { article: updated } = await getArticle(db(), { actor: ws.editor, workspaceId: ws.workspace.id, articleId });
    for (const [name, quote] of [
      ["MOVED", MOVED],
      ["STILL", STILL],
    ] as const) {
      const claim = await db().claim.findUniqueOrThrow({ where: { id: ids[name] } });
      expect(sliceCodePoints(updated.revision.text, claim.start, claim.end)).toBe(quote);
      expect(claim.revisionId).toBe(updated.revision.id);
      expect(claim.anchorState).toBe("moved");
    }
    const changed = await db().claim.findUniqueOrThrow({ where: { id: ids.CHANGED } });
    expect(changed.anchorState).toBe("changed");
    const orphan = await db().claim.findUniqueOrThrow({ where: { id: ids.DELETED } });
    expect(orphan).toMatchObject({ anchorState: "orphaned", revisionId: article.revision.id, exact: DELETED });
    // Orphans keep their notes.
    expect(
      (await getClaimDetail(db(), { actor: ws.viewer, workspaceId: ws.workspace.id, claimId: orphan.id })).notes[0]!
        .body,
    ).toBe("Keep me.");
  });

  it("shows the claims as they were on the first revision, and a readable comparison", async () => {
    const first = await db().articleRevision.findFirstOrThrow({ where: { articleId, number: 1 } });
    const then = await claimsAtRevision(db(), {
      actor: ws.viewer,
      workspaceId: ws.workspace.id,
      articleId,
      revisionId: first.id,
    });
    expect(then.map((c) => sliceCodePoints(first.text, c.start, c.end)).sort()).toEqual(
      [MOVED, CHANGED, DELETED, STILL].sort(),
    );
    const diff = await compareRevisions(db(), {
      actor: ws.viewer,
      workspaceId: ws.workspace.id,
      articleId,
      from: 1,
      to: 2,
    });
    expect(diff.parts).toContainEqual({ kind: "removed", text: "a " });
    expect(
      diff.parts
        .filter((p) => p.kind === "removed")
        .map((p) => p.text)
        .join(""),
    ).toContain(DELETED);
    expect(
      diff.parts
        .filter((p) => p.kind === "added")
        .map((p) => p.text)
        .join(""),
    ).toContain("EDITOR'S NOTE");
    expect(
      diff.parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(first.text);
  });

  it("re-attaches an orphaned claim to new text, keeping its notes", async () => {
    const { article } = await getArticle(db(), { actor: ws.reviewer, workspaceId: ws.workspace.id, articleId });
    const orphan = await db().claim.findUniqueOrThrow({ where: { id: ids.DELETED } });
    const target = rangeOf(article.revision.text, "EDITOR'S NOTE: This story was updated.");
    const reattached = await reattachClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      claimId: orphan.id,
      input: { revisionId: article.revision.id, ...target, version: orphan.version },
    });
    expect(reattached).toMatchObject({
      anchorState: "anchored",
      exact: "EDITOR'S NOTE: This story was updated.",
      revisionId: article.revision.id,
    });
    expect(
      (await getClaimDetail(db(), { actor: ws.viewer, workspaceId: ws.workspace.id, claimId: orphan.id })).notes,
    ).toHaveLength(1);
    await expect(
      reattachClaim(db(), {
        actor: ws.viewer,
        workspaceId: ws.workspace.id,
        claimId: orphan.id,
        input: { revisionId: article.revision.id, ...target, version: reattached.version },
      }),
    ).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === "forbidden");
  });

  it("refuses an edit based on an old revision, and viewers", async () => {
    const first = await db().articleRevision.findFirstOrThrow({ where: { articleId, number: 1 } });
    await expect(
      reviseArticle(db(), {
        actor: ws.editor,
        workspaceId: ws.workspace.id,
        articleId,
        input: { text: "New.", baseRevisionId: first.id },
      }),
    ).rejects.toThrow(/meanwhile/);
    await expect(
      reviseArticle(db(), {
        actor: ws.reviewer,
        workspaceId: ws.workspace.id,
        articleId,
        input: { text: "New.", baseRevisionId: first.id },
      }),
    ).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === "forbidden");
  });
});
