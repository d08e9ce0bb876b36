// The bounds of the public API, each answered with a 4xx and a message that says what the limit is.
// (The default 1 MB body limit, bad JSON and wrong content types: api.int.test.ts.)
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createClaim } from "@/lib/claims/create-claim";
import { MAX_ARTICLE_CONTENT_CHARS } from "@/lib/articles/schemas";
import { NOTES_PER_CLAIM_MAX } from "@/lib/notes/schemas";
import { SOURCES_PER_CLAIM_MAX } from "@/lib/sources/schemas";
import { callApi } from "@/lib/testing/api-client";
import { makeArticle, makeWorkspace, rangeOf } from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/test-db";

const db = () => testDb().db;

async function refusal(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

describe("API bounds", () => {
  let base: string;
  let token: string;
  let claimId: string;
  let workspaceId: string;
  let reviewerId: string;
  beforeAll(async () => {
    const ws = await makeWorkspace(db());
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "The port will cost $2.1 billion, the ministry said.",
    ]);
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "$2.1 billion") },
    });
    claimId = claim.id;
    workspaceId = ws.workspace.id;
    reviewerId = ws.reviewer.userId;
    base = `/api/v1/workspaces/${ws.workspace.id}`;
    token = (
      await createApiToken(db(), {
        actor: ws.editor,
        input: { name: "bounds", workspaceId: ws.workspace.id, scope: "read_write" },
      })
    ).secret;
  });

  it("caps pages at 100 items", async () => {
    expect(await refusal(await callApi("GET", `${base}/articles?limit=101`, { token }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/limit.*at most 100/),
    });
    expect(await refusal(await callApi("GET", `${base}/claims/${claimId}/notes?limit=0`, { token }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/at least 1/),
    });
    expect((await callApi("GET", `${base}/articles?limit=100`, { token })).status).toBe(200);
  });

  it("refuses an article over 2 MB, and a body over the route's 3 MB limit", async () => {
    const big = `Title\n\n${"x".repeat(MAX_ARTICLE_CONTENT_CHARS)}`;
    expect(await refusal(await callApi("POST", `${base}/articles`, { token, body: { content: big } }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/larger than 2 MB/),
    });
    const huge = JSON.stringify({ content: "x".repeat(3 * 1024 * 1024 + 1) });
    expect(await refusal(await callApi("POST", `${base}/articles`, { token, rawBody: huge }))).toMatchObject({
      status: 413,
      code: "payload_too_large",
      message: expect.stringMatching(/larger than 3072 KB/),
    });
  });

  it(`holds at most ${NOTES_PER_CLAIM_MAX} notes and ${SOURCES_PER_CLAIM_MAX} sources per claim`, async () => {
    await db().note.createMany({
      data: Array.from({ length: NOTES_PER_CLAIM_MAX }, (_, i) => ({
        id: randomUUID(),
        workspaceId,
        claimId,
        authorId: reviewerId,
        body: `note ${i}`,
      })),
    });
    expect(
      await refusal(await callApi("POST", `${base}/claims/${claimId}/notes`, { token, body: { body: "one more" } })),
    ).toMatchObject({ status: 409, message: expect.stringMatching(`at most ${NOTES_PER_CLAIM_MAX} notes`) });
    await db().source.createMany({
      data: Array.from({ length: SOURCES_PER_CLAIM_MAX }, (_, i) => ({
        id: randomUUID(),
        workspaceId,
        claimId,
        addedById: reviewerId,
        url: `https://example.org/${i}`,
        title: `Source ${i}`,
        stance: "context",
      })),
    });
    expect(
      await refusal(
        await callApi("POST", `${base}/claims/${claimId}/sources`, {
          token,
          body: { url: "https://example.org/more", title: "More", stance: "supports" },
        }),
      ),
    ).toMatchObject({ status: 409, message: expect.stringMatching(`at most ${SOURCES_PER_CLAIM_MAX} sources`) });
  });

  it("exports at most 1,000 listed articles at a time (the whole workspace is streamed instead)", async () => {
    const ids = Array.from({ length: 1001 }, () => randomUUID()).join(",");
    expect(await refusal(await callApi("GET", `${base}/exports?format=csv&articles=${ids}`, { token }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/at most 1000 articles/),
    });
    const whole = await callApi("GET", `${base}/exports?format=csv`, { token });
    expect(whole.status).toBe(200);
    expect(await whole.text()).toContain("$2.1 billion");
  });
});
