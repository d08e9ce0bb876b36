import { beforeAll, describe, expect, it } from "vitest";
import { toAppError, type AppError } from "../errors/app-error";
import { createApiToken } from "../api-tokens/create-api-token";
import { callApi } from "../testing/api-client";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { createClaim } from "./create-claim";
import { setClaimTags } from "./set-claim-tags";

const db = () => testDb().db;
const TEXT = ["Tags are a set, and two people tagging one claim at once both keep their tags."];

async function rejectsWith(work: Promise<unknown>, code: AppError["code"], message?: RegExp) {
  await expect(work).rejects.toSatisfy((e: unknown) => {
    const error = toAppError(e);
    return error?.code === code && (!message || message.test(error.message));
  });
}

describe("tags as a set: add and remove merge", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, TEXT);
  });
  const newClaim = () =>
    createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "two people") },
    });
  const tag = (actor: typeof ws.reviewer, claimId: string, input: unknown) =>
    setClaimTags(db(), { actor, workspaceId: ws.workspace.id, claimId, input });
  const tagsOf = async (claimId: string) =>
    (await db().claimTag.findMany({ where: { claimId }, select: { tag: { select: { name: true } } } }))
      .map((row) => row.tag.name)
      .sort();

  it("keeps both tags when two reviewers add different tags at the same time", async () => {
    const claim = await newClaim();
    const [a, b] = await Promise.all([
      tag(ws.reviewer, claim.id, { add: ["budget"] }),
      tag(ws.reviewer2, claim.id, { add: ["transport"] }),
    ]);
    expect(await tagsOf(claim.id)).toEqual(["budget", "transport"]);
    // Each answer is the set as it stood after that change; the later one sees both.
    expect([a.tags, b.tags].some((tags) => tags.length === 2)).toBe(true);
    expect(new Set([a.version, b.version]).size).toBe(2);
  });

  it("merges many concurrent adds and a concurrent remove of another tag", async () => {
    const claim = await newClaim();
    await tag(ws.reviewer, claim.id, { add: ["old"] });
    const adds = ["a1", "a2", "a3", "a4", "a5", "a6"].map((name, i) =>
      tag(i % 2 ? ws.reviewer : ws.reviewer2, claim.id, { add: [name] }),
    );
    await Promise.all([...adds, tag(ws.editor, claim.id, { remove: ["OLD"] })]);
    expect(await tagsOf(claim.id)).toEqual(["a1", "a2", "a3", "a4", "a5", "a6"]);
    const audits = await db().auditLog.count({ where: { entityId: claim.id, action: "claim.tags" } });
    expect(audits).toBe(8);
  });

  it("adds one new tag once when two people add it at the same time, and removing a tag already gone is no error", async () => {
    const claim = await newClaim();
    const name = `fresh-${claim.id.slice(0, 8)}`;
    await Promise.all([tag(ws.reviewer, claim.id, { add: [name] }), tag(ws.reviewer2, claim.id, { add: [name] })]);
    expect(await tagsOf(claim.id)).toEqual([name]);
    expect(await db().tag.count({ where: { workspaceId: ws.workspace.id, name } })).toBe(1);
    await Promise.all([
      tag(ws.reviewer, claim.id, { remove: [name] }),
      tag(ws.reviewer2, claim.id, { remove: [name] }),
    ]);
    expect(await tagsOf(claim.id)).toEqual([]);
  });

  it("still refuses a stale whole-set replacement, and an add after it does not need the version", async () => {
    const claim = await newClaim();
    const replaced = await tag(ws.reviewer, claim.id, { tags: ["x", "y"], version: claim.version });
    expect(replaced.tags).toEqual(["x", "y"]);
    await rejectsWith(tag(ws.reviewer2, claim.id, { tags: ["z"], version: claim.version }), "conflict", /meanwhile/);
    await tag(ws.reviewer2, claim.id, { add: ["z"] });
    expect(await tagsOf(claim.id)).toEqual(["x", "y", "z"]);
  });

  it("refuses mixed, empty, versioned or contradictory changes and more than 20 tags, writing nothing", async () => {
    const claim = await newClaim();
    for (const input of [
      { tags: ["a"], add: ["b"], version: 1 },
      { add: [], remove: [] },
      {},
      { add: ["a"], version: 1 },
      { add: ["Same"], remove: ["same"] },
      { tags: ["a"] },
      { add: ["   "] },
    ])
      await rejectsWith(tag(ws.reviewer, claim.id, input), "validation_failed");
    await tag(ws.reviewer, claim.id, { add: Array.from({ length: 20 }, (_, i) => `t${i}`) });
    await rejectsWith(tag(ws.reviewer, claim.id, { add: ["one-too-many"] }), "validation_failed", /20 tags/);
    expect(await tagsOf(claim.id)).toHaveLength(20);
    expect(await db().tag.count({ where: { workspaceId: ws.workspace.id, name: "one-too-many" } })).toBe(0);
  });

  it("lets a viewer change no tags", async () => {
    const claim = await newClaim();
    await rejectsWith(tag(ws.viewer, claim.id, { add: ["nope"] }), "forbidden");
    expect(await tagsOf(claim.id)).toEqual([]);
  });

  it("merges through the REST API too: two PATCHes with add, then remove; a bad body is a 400 naming the field", async () => {
    const claim = await newClaim();
    const secret = async (actor: { userId: string }) =>
      (
        await createApiToken(db(), {
          actor,
          input: { name: "tags", workspaceId: ws.workspace.id, scope: "read_write" },
        })
      ).secret;
    const [one, two] = [await secret(ws.reviewer), await secret(ws.reviewer2)];
    const path = `/api/v1/workspaces/${ws.workspace.id}/claims/${claim.id}`;
    const responses = await Promise.all([
      callApi("PATCH", path, { token: one, body: { add: ["api-one"] } }),
      callApi("PATCH", path, { token: two, body: { add: ["api-two"] } }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    const removed = await callApi("PATCH", path, { token: one, body: { remove: ["api-one"] } });
    expect(((await removed.json()) as { data: { tags: string[] } }).data.tags).toEqual(["api-two"]);
    const bad = await callApi("PATCH", path, { token: one, body: { add: ["x"], version: 3 } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/version/);
    expect(await tagsOf(claim.id)).toEqual(["api-two"]);
  });
});
