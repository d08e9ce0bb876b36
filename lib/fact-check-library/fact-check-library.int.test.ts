// The library of known fact-checks on both databases: ClaimReviews imported from a feed a local
// server serves (through the SSRF-safe fetcher, loopback allowed only when the server's policy says
// so), from a page carrying JSON-LD, idempotent by address; editors only; and similar claims list
// a library fact-check that reviewed the same claim, marked external with its publisher and address.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SimilarItem } from "../claim-memory/find-similar-claims";
import { createClaim } from "../claims/create-claim";
import { callApi } from "../testing/api-client";
import { sessionCookie } from "../testing/api-route-fixtures";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { importFactChecks } from "./import-fact-checks";
import { listFactChecks } from "./list-fact-checks";

const db = () => testDb().db;

const review = (slug: string, claimReviewed: string, rating: string) => ({
  "@type": "ClaimReview",
  url: `https://checkers.example/${slug}`,
  claimReviewed,
  datePublished: "2024-05-06",
  author: { "@type": "Organization", name: "Checkers Weekly" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A Minister" } },
  reviewRating: { "@type": "Rating", alternateName: rating },
});
const FEED = {
  "@context": "https://schema.org",
  "@graph": [
    review("seoul-trade", "Seoul bans its citizens from doing business with Pyongyang", "True"),
    review("rail-cost", "The high-speed rail line cost 4.2 billion dollars", "False"),
  ],
};
const PAGE = `<!doctype html><html><head><title>Fact check</title>
<script type="application/ld+json">${JSON.stringify(review("seoul-trade", "Seoul bans its citizens from doing business with Pyongyang", "Mostly true"))}</script>
</head><body><h1>Fact check</h1></body></html>`;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed.jsonld")
      return void res.writeHead(200, { "content-type": "application/ld+json" }).end(JSON.stringify(FEED));
    if (req.url === "/review.html")
      return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.MARGIN_URL_IMPORT_ALLOW;
});

describe("library of known fact-checks", () => {
  it("imports a feed by address, idempotent by review address, and lists it for every member", async () => {
    const ws = await makeWorkspace(db());
    const workspaceId = ws.workspace.id;
    const refused = await importFactChecks(db(), {
      actor: ws.editor,
      workspaceId,
      input: { url: `${base}/feed.jsonld` },
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "validation_failed" });
    expect(await db().knownFactCheck.count({ where: { workspaceId } })).toBe(0);

    process.env.MARGIN_URL_IMPORT_ALLOW = "loopback";
    const post = (userId: string, body: unknown) =>
      sessionCookie(userId).then((cookie) =>
        callApi("POST", `/api/v1/workspaces/${workspaceId}/library`, {
          body,
          headers: { cookie, origin: "http://margin.test" },
        }),
      );
    const first = await post(ws.editor.userId, { url: `${base}/feed.jsonld` });
    expect(first.status, await first.clone().text()).toBe(200);
    expect(((await first.json()) as { data: unknown }).data).toEqual({ added: 2, updated: 0, skipped: 0 });
    // The page of one of them, with a newer rating: the same row, updated.
    const again = await post(ws.editor.userId, { url: `${base}/review.html` });
    expect(((await again.json()) as { data: unknown }).data).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await post(ws.reviewer.userId, { url: `${base}/feed.jsonld` })).status).toBe(403);
    expect((await post(ws.editor.userId, { content: "no reviews here" })).status).toBe(400);

    const { total, items } = await listFactChecks(db(), { actor: ws.viewer, workspaceId });
    expect(total).toBe(2);
    expect(items).toContainEqual({
      url: "https://checkers.example/seoul-trade",
      claimReviewed: "Seoul bans its citizens from doing business with Pyongyang",
      claimant: "A Minister",
      publisher: "Checkers Weekly",
      ratingText: "Mostly true",
      datePublished: new Date("2024-05-06"),
    });
    expect((await listFactChecks(db(), { actor: ws.outsider, workspaceId: ws.otherWorkspace.id })).total).toBe(0);
  });

  it("lists a library fact-check of the same claim among similar claims, marked external", async () => {
    const ws = await makeWorkspace(db());
    const workspaceId = ws.workspace.id;
    await importFactChecks(db(), { actor: ws.editor, workspaceId, input: { content: JSON.stringify(FEED) } });
    const exact = "South Korea forbids its citizens from trading with North Korea";
    const article = await makeArticle(db(), workspaceId, ws.editor.userId, [`${exact}, the ministry said.`], "Trade");
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, exact) },
    });
    const response = await callApi("GET", `/api/v1/workspaces/${workspaceId}/claims/${claim.id}/similar`, {
      headers: { cookie: await sessionCookie(ws.viewer.userId) },
    });
    const { data } = (await response.json()) as { data: SimilarItem[] };
    expect(data[0]).toMatchObject({
      external: true,
      exact: "Seoul bans its citizens from doing business with Pyongyang",
      url: "https://checkers.example/seoul-trade",
      publisher: "Checkers Weekly",
      ratingText: "True",
    });
    expect(data[0]!.score).toBeGreaterThan(0.43);
    expect(data.map((d) => d.exact)).not.toContain("The high-speed rail line cost 4.2 billion dollars");
    // Another workspace's library is not this one's.
    const other = await makeArticle(db(), ws.otherWorkspace.id, ws.outsider.userId, [`${exact}.`], "Elsewhere");
    const otherClaim = await createClaim(db(), {
      actor: ws.outsider,
      workspaceId: ws.otherWorkspace.id,
      articleId: other.articleId,
      input: { revisionId: other.revisionId, ...rangeOf(other.text, exact) },
    });
    const elsewhere = await callApi(
      "GET",
      `/api/v1/workspaces/${ws.otherWorkspace.id}/claims/${otherClaim.id}/similar`,
      {
        headers: { cookie: await sessionCookie(ws.outsider.userId) },
      },
    );
    expect(((await elsewhere.json()) as { data: SimilarItem[] }).data.filter((d) => d.external)).toEqual([]);
  });
});
