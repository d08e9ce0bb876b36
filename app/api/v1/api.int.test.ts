import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { loadRatingScale } from "@/lib/ratings/list-rating-scale";
import { callApi } from "@/lib/testing/api-client";
import { makeArticle, makeUser, makeWorkspace, rangeOf } from "@/lib/testing/factories";
import { tableCounts } from "@/lib/testing/table-counts";
import { testDb } from "@/lib/testing/test-db";
import { validateAnnotation } from "@/lib/testing/validate-w3c";
import { changeMemberRole } from "@/lib/workspaces/change-member-role";
import { removeMember } from "@/lib/workspaces/remove-member";

const db = () => testDb().db;
type Ws = Awaited<ReturnType<typeof makeWorkspace>>;

async function token(
  ws: Ws,
  who: keyof Ws,
  scope: "read" | "read_write" = "read_write",
  workspaceId = ws.workspace.id,
) {
  const actor = ws[who] as { userId: string };
  return (await createApiToken(db(), { actor, input: { name: `${String(who)} token`, workspaceId, scope } })).secret;
}

async function body(response: Response) {
  return (await response.json()) as { data?: unknown; error?: { code: string; message: string; details: unknown } };
}

describe("public API", () => {
  let ws: Ws;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  let base: string;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "The port will cost $2.1 billion, the ministry said.",
      "Critics called it a white elephant.",
    ]);
    base = `/api/v1/workspaces/${ws.workspace.id}`;
  });

  it("creates a claim from W3C selectors and answers 201 with Location", async () => {
    const reviewer = await token(ws, "reviewer");
    const { start, end } = rangeOf(article.text, "The port will cost $2.1 billion");
    const response = await callApi("POST", `${base}/articles/${article.articleId}/claims`, {
      token: reviewer,
      body: {
        selector: [
          { type: "TextQuoteSelector", exact: "The port will cost $2.1 billion" },
          { type: "TextPositionSelector", start, end },
        ],
        tags: ["cost"],
      },
    });
    expect(response.status).toBe(201);
    const created = (await body(response)).data as { claim: { id: string; start: number; tags: string[] } };
    expect(response.headers.get("location")).toBe(`${base}/claims/${created.claim.id}`);
    expect(created.claim).toMatchObject({ start, tags: ["cost"] });
    const read = await callApi("GET", `${base}/claims/${created.claim.id}`, { token: reviewer });
    expect(read.status).toBe(200);
  });

  it("finds a quote whose position is stale", async () => {
    const reviewer = await token(ws, "reviewer");
    const response = await callApi("POST", `${base}/articles/${article.articleId}/claims`, {
      token: reviewer,
      body: {
        selector: [
          { type: "TextQuoteSelector", exact: "a white elephant", prefix: "Critics called it " },
          { type: "TextPositionSelector", start: 0, end: 16 },
        ],
      },
    });
    expect(response.status).toBe(201);
    expect(((await body(response)).data as { claim: { exact: string } }).claim.exact).toBe("a white elephant");
  });

  it("answers bad input with 4xx and a message, never 500, and writes nothing", async () => {
    const reviewer = await token(ws, "reviewer");
    const url = `${base}/articles/${article.articleId}/claims`;
    const before = await tableCounts(db());
    const cases: [string, Parameters<typeof callApi>[2], number][] = [
      ["malformed JSON", { token: reviewer, rawBody: "{not json" }, 400],
      ["wrong types", { token: reviewer, body: { selector: "everything" } }, 400],
      ["missing fields", { token: reviewer, body: {} }, 400],
      ["unknown fields only", { token: reviewer, body: { colour: "red" } }, 400],
      ["empty body", { token: reviewer, rawBody: "" }, 400],
      [
        "not JSON",
        { token: reviewer, rawBody: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } },
        415,
      ],
      [
        "huge body",
        {
          token: reviewer,
          rawBody: JSON.stringify({ selector: [{ type: "TextQuoteSelector", exact: "x".repeat(1_100_000) }] }),
        },
        413,
      ],
      [
        "unanchorable quote",
        {
          token: reviewer,
          body: { selector: [{ type: "TextQuoteSelector", exact: "words that are nowhere in the article at all" }] },
        },
        400,
      ],
    ];
    for (const [name, call, status] of cases) {
      const response = await callApi("POST", url, call);
      expect(response.status, name).toBe(status);
      const error = (await body(response)).error!;
      expect(error.message.length, name).toBeGreaterThan(5);
      expect(typeof error.code).toBe("string");
    }
    expect(await tableCounts(db())).toEqual(before);
  });

  it("refuses missing, revoked, foreign and read-only tokens", async () => {
    const url = `${base}/articles/${article.articleId}/claims`;
    const anonymous = await callApi("GET", url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
    expect((await callApi("GET", url, { token: "mgn_not-a-real-token-at-all-000000000" })).status).toBe(401);

    const read = await token(ws, "reviewer", "read");
    expect((await callApi("GET", url, { token: read })).status).toBe(200);
    const write = await callApi("POST", url, {
      token: read,
      body: { selector: [{ type: "TextQuoteSelector", exact: "white elephant" }] },
    });
    expect(write.status).toBe(403);
    expect((await body(write)).error!.message).toMatch(/read-only/);

    const outsider = await token(ws, "outsider", "read_write", ws.otherWorkspace.id);
    expect((await callApi("GET", url, { token: outsider })).status).toBe(404);

    const created = await createApiToken(db(), {
      actor: ws.reviewer,
      input: { name: "soon revoked", workspaceId: ws.workspace.id, scope: "read" },
    });
    expect((await callApi("GET", url, { token: created.secret })).status).toBe(200);
    await revokeApiToken(db(), { actor: ws.reviewer, tokenId: created.token.id });
    expect((await callApi("GET", url, { token: created.secret })).status).toBe(401);
  });

  it("reads a token's dates as stored: expiry refuses it, use is recorded at most once a minute", async () => {
    const url = `${base}/articles/${article.articleId}/claims`;
    const created = await createApiToken(db(), {
      actor: ws.reviewer,
      input: { name: "dated", workspaceId: ws.workspace.id, scope: "read", expiresInDays: 30 },
    });
    const lastUsed = async () =>
      (await db().apiToken.findUniqueOrThrow({ where: { id: created.token.id }, select: { lastUsedAt: true } }))
        .lastUsedAt;
    expect(await lastUsed()).toBeNull();

    expect((await callApi("GET", url, { token: created.secret })).status).toBe(200);
    const firstUse = await lastUsed();
    expect(firstUse).toBeInstanceOf(Date);
    expect((await callApi("GET", url, { token: created.secret })).status).toBe(200);
    expect(await lastUsed()).toEqual(firstUse);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db().apiToken.update({ where: { id: created.token.id }, data: { lastUsedAt: twoMinutesAgo } });
    expect((await callApi("GET", url, { token: created.secret })).status).toBe(200);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);

    await db().apiToken.update({ where: { id: created.token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await callApi("GET", url, { token: created.secret });
    expect(expired.status).toBe(401);
    expect((await body(expired)).error!.message).toMatch(/expired/);
  });

  it("follows the token owner's membership on the very next request: demoted, then removed", async () => {
    const url = `${base}/articles/${article.articleId}/claims`;
    const { userId } = await makeUser(db(), "Soon Removed");
    const membership = await db().membership.create({
      data: { workspaceId: ws.workspace.id, userId, role: "reviewer" },
      select: { id: true, version: true },
    });
    const secret = (
      await createApiToken(db(), {
        actor: { userId },
        input: { name: "member token", workspaceId: ws.workspace.id, scope: "read_write" },
      })
    ).secret;
    const claim = { selector: [{ type: "TextQuoteSelector", exact: "white elephant" }] };
    expect((await callApi("POST", url, { token: secret, body: claim })).status).toBe(201);
    await changeMemberRole(db(), {
      actor: ws.admin,
      workspaceId: ws.workspace.id,
      input: { membershipId: membership.id, role: "viewer", version: membership.version },
    });
    expect((await callApi("POST", url, { token: secret, body: claim })).status).toBe(403);
    expect((await callApi("GET", url, { token: secret })).status).toBe(200);
    await removeMember(db(), { actor: ws.admin, workspaceId: ws.workspace.id, membershipId: membership.id });
    expect((await callApi("GET", url, { token: secret })).status).toBe(404);
  });

  it("keeps verdicts blind through the API until the reader submits", async () => {
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    const [first, second] = [await token(ws, "reviewer"), await token(ws, "reviewer2")];
    const claim = (
      await body(
        await callApi("POST", `${base}/articles/${article.articleId}/claims`, {
          token: first,
          body: { selector: [{ type: "TextQuoteSelector", exact: "the ministry said" }] },
        }),
      )
    ).data as { claim: { id: string } };
    const put = await callApi("PUT", `${base}/claims/${claim.claim.id}/verdicts`, {
      token: first,
      body: { ratingId: ratings[0]!.id, confidence: 90, rationale: "secret reasoning" },
    });
    expect(put.status).toBe(200);
    for (const path of [`${base}/claims/${claim.claim.id}`, `${base}/claims/${claim.claim.id}/verdicts`]) {
      const text = await (await callApi("GET", path, { token: second })).text();
      expect(text, path).not.toContain("secret reasoning");
      expect(text, path).not.toContain(ratings[0]!.id);
    }
  });

  it("50 concurrent updates of one verdict end with exactly one winner per version", async () => {
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    const reviewer = await token(ws, "reviewer");
    const claim = (
      await body(
        await callApi("POST", `${base}/articles/${article.articleId}/claims`, {
          token: reviewer,
          body: { selector: [{ type: "TextQuoteSelector", exact: "Critics called it" }] },
        }),
      )
    ).data as { claim: { id: string } };
    const url = `${base}/claims/${claim.claim.id}/verdicts`;
    const first = await callApi("PUT", url, { token: reviewer, body: { ratingId: ratings[0]!.id, confidence: 50 } });
    expect(first.status).toBe(200);
    let refused = 0;
    const clients = Array.from({ length: 50 }, async (_, client) => {
      for (;;) {
        const current = (await body(await callApi("GET", url, { token: reviewer }))).data as {
          mine: { version: number };
        };
        const response = await callApi("PUT", url, {
          token: reviewer,
          body: {
            ratingId: ratings[client % ratings.length]!.id,
            confidence: client,
            rationale: `client ${client}`,
            version: current.mine.version,
          },
        });
        if (response.status === 200) return;
        expect(response.status).toBe(409);
        expect((await body(response)).error!.message).toMatch(/changed by .* meanwhile/);
        refused++;
      }
    });
    await Promise.all(clients);
    const verdict = await db().verdict.findFirstOrThrow({ where: { claimId: claim.claim.id } });
    expect(verdict.version).toBe(51);
    const updates = await db().auditLog.findMany({
      where: { entityId: verdict.id, action: "verdict.update" },
      select: { before: true, after: true },
    });
    expect(updates).toHaveLength(50);
    const fromVersions = updates
      .map((u) => (JSON.parse(u.before!) as { version: number }).version)
      .sort((a, b) => a - b);
    expect(fromVersions).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(updates.map((u) => (JSON.parse(u.after!) as { rationale: string }).rationale)).size).toBe(50);
    expect(refused).toBeGreaterThanOrEqual(0);
    // 50 clients retrying against one row: minutes on a loaded 2-core machine, seconds when quiet.
  }, 180_000);
});

describe("W3C annotation endpoints", () => {
  it("serve the collection and its pages with the annotation media type, ETags and 304s, and create with 201 + Location", async () => {
    const ws = await makeWorkspace(db());
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "Prices rose 4% in 2025, the bank said.",
      "Wages did not keep up.",
    ]);
    const base = `/api/v1/workspaces/${ws.workspace.id}`;
    const secret = (
      await createApiToken(db(), {
        actor: ws.reviewer,
        input: { name: "w3c", workspaceId: ws.workspace.id, scope: "read_write" },
      })
    ).secret;
    const annotation = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      body: [{ type: "TextualBody", purpose: "commenting", value: "Check the bank's report." }],
      target: {
        source: `https://margin.test/w/${ws.workspace.slug}/articles/${article.articleId}`,
        selector: { type: "TextQuoteSelector", exact: "Prices rose 4% in 2025" },
      },
    };
    const created = await callApi("POST", `${base}/annotations`, { token: secret, body: annotation });
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const location = created.headers.get("location")!;
    expect(location).toMatch(new RegExp(`${base}/annotations/[\\w-]+$`));
    // The answer is the stored Annotation (what GET at its Location answers), a valid W3C one,
    // with the import report in Margin's namespace.
    const answered = (await created.json()) as Record<string, unknown>;
    expect(answered).toMatchObject({ id: location, type: "Annotation" });
    expect(answered["margin:importReport"]).toMatchObject({ format: "w3c", anchored: 1, notes: 1 });
    expect(validateAnnotation(answered)).toEqual([]);
    const { "margin:importReport": _report, ...annotationOnly } = answered;
    const single = await callApi("GET", new URL(location).pathname, { token: secret });
    expect(single.status).toBe(200);
    const read = (await single.json()) as { type: string; body: { value?: string }[] };
    expect(read).toEqual(annotationOnly);
    expect(read.type).toBe("Annotation");
    expect(read.body.some((b) => b.value === "Check the bank's report.")).toBe(true);

    const collection = await callApi("GET", `${base}/annotations`, { token: secret });
    expect(collection.status).toBe(200);
    const etag = collection.headers.get("etag")!;
    expect(((await collection.json()) as { total: number; first: string }).total).toBe(1);
    expect(
      (await callApi("GET", `${base}/annotations`, { token: secret, headers: { "if-none-match": etag } })).status,
    ).toBe(304);
    const page = (await (await callApi("GET", `${base}/annotations?page=0`, { token: secret })).json()) as {
      type: string;
      items: unknown[];
      startIndex: number;
    };
    expect(page).toMatchObject({ type: "AnnotationPage", startIndex: 0 });
    expect(page.items).toHaveLength(1);
    expect((await callApi("GET", `${base}/annotations?page=7`, { token: secret })).status).toBe(404);
    expect((await callApi("GET", `${base}/annotations?page=x`, { token: secret })).status).toBe(400);
    // A change makes the old ETag stale.
    await callApi("POST", `${base}/annotations`, {
      token: secret,
      body: {
        ...annotation,
        target: { ...annotation.target, selector: { type: "TextQuoteSelector", exact: "Wages did not keep up." } },
      },
    });
    expect(
      (await callApi("GET", `${base}/annotations`, { token: secret, headers: { "if-none-match": etag } })).status,
    ).toBe(200);
  });
});
