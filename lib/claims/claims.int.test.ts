import { beforeAll, describe, expect, it } from "vitest";
import { createAssignments } from "../assignments/create-assignments";
import { AppError, toAppError } from "../errors/app-error";
import { createNote } from "../notes/create-note";
import { deleteNote } from "../notes/delete-note";
import { updateNote } from "../notes/update-note";
import { addSource } from "../sources/add-source";
import { removeSource } from "../sources/remove-source";
import { updateSource } from "../sources/update-source";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { tableCounts } from "../testing/table-counts";
import { testDb } from "../testing/test-db";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { getClaimDetail } from "./get-claim-detail";
import { listArticleClaims } from "./list-article-claims";
import { setClaimTags } from "./set-claim-tags";

const db = () => testDb().db;
const PARAGRAPHS = [
  "The council spent €4.5 million on the bridge 🌉 in 2023, the mayor said.",
  "Critics said the bridge was the most expensive in the region.",
  "The council spent €4.5 million on the bridge 🌉 in 2023, the mayor said.",
];

async function rejectsWith(work: Promise<unknown>, code: AppError["code"]) {
  await expect(work).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

describe("claims, notes and sources", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, PARAGRAPHS);
  });
  const scope = () => ({ workspaceId: ws.workspace.id });

  it("lists only the claims asked for by id, with the article's own assignments, and refuses a malformed list", async () => {
    const fresh = await makeArticle(db(), ws.workspace.id, ws.editor.userId, PARAGRAPHS);
    const on = { actor: ws.reviewer, ...scope(), articleId: fresh.articleId };
    const [first, second, third] = await Promise.all(
      [0, 1, 2].map((i) =>
        createClaim(db(), {
          ...on,
          input: { revisionId: fresh.revisionId, ...rangeOf(fresh.text, PARAGRAPHS[i]!, i === 2 ? 10 : 0) },
        }),
      ),
    );
    await createNote(db(), { actor: ws.reviewer, ...scope(), claimId: second!.id, input: { body: "Checked." } });
    await createAssignments(db(), {
      actor: ws.editor,
      ...scope(),
      input: { articleId: fresh.articleId, assigneeIds: [ws.reviewer2.userId] },
    });
    const all = await listArticleClaims(db(), on);
    const some = await listArticleClaims(db(), { ...on, input: { ids: `${third!.id},${second!.id},not-a-claim` } });
    expect(some).toEqual(all.filter((claim) => claim.id !== first!.id));
    expect(some.find((claim) => claim.id === second!.id)).toMatchObject({
      noteCount: 1,
      assigneeIds: [ws.reviewer2.userId],
    });
    const refused = (ids: string) =>
      listArticleClaims(db(), { ...on, input: { ids } }).then(
        () => null,
        (error: unknown) => toAppError(error)?.code,
      );
    expect(await refused("a,,b")).toBe("validation_failed");
    expect(await refused(Array.from({ length: 101 }, (_, n) => `c${n}`).join(","))).toBe("validation_failed");
  });

  it("marks a claim on the second of two identical sentences with code-point positions and W3C selectors", async () => {
    const second = rangeOf(article.text, PARAGRAPHS[2]!, 10);
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      ...scope(),
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...second, tags: ["budget"] },
    });
    expect(claim.exact).toBe(PARAGRAPHS[2]);
    expect(claim.start).toBe(second.start);
    expect(claim.prefix.endsWith("region.\n\n")).toBe(true);
    expect(claim.tags).toEqual(["budget"]);
    const listed = await listArticleClaims(db(), { actor: ws.viewer, ...scope(), articleId: article.articleId });
    expect(listed.find((c) => c.id === claim.id)?.status).toBe("unreviewed");
  });

  it("trims whitespace caught at the edges of a selection", async () => {
    const inner = rangeOf(article.text, "Critics said");
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      ...scope(),
      articleId: article.articleId,
      input: { revisionId: article.revisionId, start: inner.start - 2, end: inner.end + 1 },
    });
    expect(claim.exact).toBe("Critics said");
  });

  it("refuses claims from viewers, outsiders and stale revisions, leaving no trace", async () => {
    const range = rangeOf(article.text, "most expensive");
    const input = { revisionId: article.revisionId, ...range };
    const before = await tableCounts(db());
    await rejectsWith(
      createClaim(db(), { actor: ws.viewer, ...scope(), articleId: article.articleId, input }),
      "forbidden",
    );
    await rejectsWith(
      createClaim(db(), { actor: ws.outsider, ...scope(), articleId: article.articleId, input }),
      "not_found",
    );
    await rejectsWith(
      createClaim(db(), { actor: ws.outsider, workspaceId: ws.otherWorkspace.id, articleId: article.articleId, input }),
      "not_found",
    );
    await rejectsWith(
      createClaim(db(), {
        actor: ws.reviewer,
        ...scope(),
        articleId: article.articleId,
        input: { ...input, revisionId: "old" },
      }),
      "conflict",
    );
    await rejectsWith(
      createClaim(db(), {
        actor: ws.reviewer,
        ...scope(),
        articleId: article.articleId,
        input: { revisionId: article.revisionId, start: 5, end: 100_000 },
      }),
      "validation_failed",
    );
    expect(await tableCounts(db())).toEqual(before);
  });

  it("threads notes, lets only authors edit, keeps deleted notes' places, and moves the status", async () => {
    const range = rangeOf(article.text, "the mayor said");
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      ...scope(),
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...range },
    });
    const payload = '<script>alert("x")</script> **bold** [x](javascript:alert(1))';
    const note = await createNote(db(), {
      actor: ws.reviewer,
      ...scope(),
      claimId: claim.id,
      input: { body: payload },
    });
    expect(note.body).toBe(payload);
    const reply = await createNote(db(), {
      actor: ws.reviewer2,
      ...scope(),
      claimId: claim.id,
      input: { body: "Checked the budget.", replyToId: note.id },
    });
    await rejectsWith(
      updateNote(db(), { actor: ws.reviewer2, ...scope(), noteId: note.id, input: { body: "hijack", version: 1 } }),
      "forbidden",
    );
    await rejectsWith(
      updateNote(db(), { actor: ws.editor, ...scope(), noteId: note.id, input: { body: "hijack", version: 1 } }),
      "forbidden",
    );
    const edited = await updateNote(db(), {
      actor: ws.reviewer,
      ...scope(),
      noteId: note.id,
      input: { body: "Fixed", version: 1 },
    });
    expect(edited.version).toBe(2);
    await expect(
      updateNote(db(), { actor: ws.reviewer, ...scope(), noteId: note.id, input: { body: "Again", version: 1 } }),
    ).rejects.toThrow(/changed by Reviewer meanwhile/);
    await deleteNote(db(), { actor: ws.reviewer, ...scope(), noteId: note.id, input: { version: 2 } });
    const detail = await getClaimDetail(db(), { actor: ws.viewer, ...scope(), claimId: claim.id });
    expect(detail.notes.map((n) => [n.deleted, n.body, n.replyToId])).toEqual([
      [true, "", null],
      [false, "Checked the budget.", note.id],
    ]);
    expect(detail.claim.status).toBe("in_review");
    // The side panel's count: live notes of this claim only.
    const listed = await listArticleClaims(db(), { actor: ws.viewer, ...scope(), articleId: article.articleId });
    expect(listed.find((c) => c.id === claim.id)?.noteCount).toBe(1);
    const history = await db().auditLog.findMany({
      where: { claimId: claim.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(history.map((h) => h.action)).toEqual([
      "claim.create",
      "note.create",
      "claim.status_change",
      "note.reply",
      "note.update",
      "note.delete",
    ]);
    expect(reply.replyToId).toBe(note.id);
  });

  it("validates sources (http(s) URLs only) and shows stances", async () => {
    const range = rangeOf(article.text, "€4.5 million");
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      ...scope(),
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...range },
    });
    await expect(
      addSource(db(), {
        actor: ws.reviewer,
        ...scope(),
        claimId: claim.id,
        input: { url: "javascript:alert(1)", title: "x", stance: "supports" },
      }),
    ).rejects.toThrow(/http/);
    await expect(
      addSource(db(), {
        actor: ws.reviewer,
        ...scope(),
        claimId: claim.id,
        input: { url: "https://example.org/budget", title: "", stance: "maybe" },
      }),
    ).rejects.toThrow();
    const source = await addSource(db(), {
      actor: ws.reviewer,
      ...scope(),
      claimId: claim.id,
      input: {
        url: "https://example.org/budget",
        title: "<img src=x onerror=alert(1)>",
        publisher: "City",
        excerpt: "4.5m",
        stance: "refutes",
        accessedAt: "2026-11-20",
        archivedUrl: "",
      },
    });
    expect(source.title).toBe("<img src=x onerror=alert(1)>");
    expect(source.accessedAt?.toISOString().slice(0, 10)).toBe("2026-11-20");
    await rejectsWith(
      updateSource(db(), {
        actor: ws.reviewer2,
        ...scope(),
        sourceId: source.id,
        input: { url: "https://e.org", title: "t", stance: "supports", version: 1 },
      }),
      "forbidden",
    );
    const updated = await updateSource(db(), {
      actor: ws.editor,
      ...scope(),
      sourceId: source.id,
      input: { url: "https://example.org/budget", title: "Budget", stance: "context", version: 1 },
    });
    expect(updated.stance).toBe("context");
    const listed = await listArticleClaims(db(), { actor: ws.viewer, ...scope(), articleId: article.articleId });
    expect(listed.find((c) => c.id === claim.id)?.sources).toEqual({ supports: 0, refutes: 0, context: 1 });
    await removeSource(db(), { actor: ws.reviewer, ...scope(), sourceId: source.id, input: { version: 2 } });
    expect((await getClaimDetail(db(), { actor: ws.viewer, ...scope(), claimId: claim.id })).claim.status).toBe(
      "unreviewed",
    );
  });

  it("tags with concurrency checks, and deletes claims by rule", async () => {
    const range = rangeOf(article.text, "the bridge was");
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      ...scope(),
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...range },
    });
    const tagged = await setClaimTags(db(), {
      actor: ws.reviewer2,
      ...scope(),
      claimId: claim.id,
      input: { tags: ["cost", "Cost", " infrastructure "], version: 1 },
    });
    expect(tagged.tags).toEqual(["cost", "infrastructure"]);
    await expect(
      setClaimTags(db(), { actor: ws.reviewer, ...scope(), claimId: claim.id, input: { tags: [], version: 1 } }),
    ).rejects.toThrow(/Second Reviewer meanwhile/);
    await createNote(db(), { actor: ws.reviewer2, ...scope(), claimId: claim.id, input: { body: "mine" } });
    await rejectsWith(
      deleteClaim(db(), { actor: ws.reviewer2, ...scope(), claimId: claim.id, input: { version: 2 } }),
      "forbidden",
    );
    await rejectsWith(
      deleteClaim(db(), { actor: ws.reviewer, ...scope(), claimId: claim.id, input: { version: 2 } }),
      "forbidden",
    );
    await deleteClaim(db(), { actor: ws.editor, ...scope(), claimId: claim.id, input: { version: 2 } });
    await rejectsWith(getClaimDetail(db(), { actor: ws.editor, ...scope(), claimId: claim.id }), "not_found");
    expect(await db().note.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entityId: claim.id, action: "claim.delete" } })).toBe(1);
  });
});
