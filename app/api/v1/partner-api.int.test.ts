// What a partner writing an API client needs: the rating scale and the members (e-mail for admins
// only), JSON answers for paths and methods no route has, exports of chosen articles in every
// format, and a submitted verdict that cannot quietly become a draft again.
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createClaim } from "@/lib/claims/create-claim";
import { EXPORT_FORMATS } from "@/lib/exports/schemas";
import { callApi } from "@/lib/testing/api-client";
import { makeApiWorld, type ApiWorld } from "@/lib/testing/api-route-fixtures";
import { addSource } from "@/lib/sources/add-source";
import { makeArticle, rangeOf } from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/test-db";
import { setFinalVerdict, setFinalVerdictPublished } from "@/lib/verdicts/set-final-verdict";

const db = () => testDb().db;
type Body<T> = { data: T; nextCursor?: string | null };

let world: ApiWorld;
let base: string;
/** Read-only tokens of an admin and a reviewer of the world's workspace. */
let adminToken: string;
let reviewerToken: string;

beforeAll(async () => {
  world = await makeApiWorld(db());
  base = `/api/v1/workspaces/${world.workspaceId}`;
  const mint = async (actor: { userId: string }) =>
    (
      await createApiToken(db(), {
        actor,
        input: { name: "partner", workspaceId: world.workspaceId, scope: "read" },
      })
    ).secret;
  adminToken = await mint(world.ws.admin);
  reviewerToken = await mint(world.ws.reviewer);
});

describe("GET /workspaces/{id}/ratings", () => {
  it("lists the scale in order with colour and numeric value, for any member", async () => {
    const response = await callApi("GET", `${base}/ratings`, { token: reviewerToken });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as Body<
      { id: string; label: string; color: string; position: number; claimReviewValue: number | null }[]
    >;
    expect(data.map((r) => r.id)).toEqual(world.ratings.map((r) => r.id));
    expect(data.map((r) => r.position)).toEqual([...data.map((r) => r.position)].sort((a, b) => a - b));
    expect(data[0]).toMatchObject({ label: "True", color: "#15803d", claimReviewValue: 5 });
    expect(data.find((r) => r.label === "Unverifiable")!.claimReviewValue).toBeNull();
  });

  it("leaves archived ratings out (verdicts cannot take them)", async () => {
    const last = world.ratings.at(-1)!;
    await db().rating.update({ where: { id: last.id }, data: { archivedAt: new Date() } });
    try {
      const { data } = (await (await callApi("GET", `${base}/ratings`, { token: reviewerToken })).json()) as Body<
        { id: string }[]
      >;
      expect(data.map((r) => r.id)).not.toContain(last.id);
    } finally {
      await db().rating.update({ where: { id: last.id }, data: { archivedAt: null } });
    }
  });
});

describe("GET /workspaces/{id}/members", () => {
  type Member = { id: string; name: string; role: string; email?: string };
  async function allMembers(token: string, limit: number): Promise<Member[]> {
    const members: Member[] = [];
    let cursor: string | null | undefined;
    do {
      const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
      const response = await callApi("GET", `${base}/members?${query}`, { token });
      expect(response.status).toBe(200);
      const page = (await response.json()) as Body<Member[]>;
      expect(page.data.length).toBeLessThanOrEqual(limit);
      members.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    return members;
  }

  it("gives admins every member with id, name, role and e-mail, page by page", async () => {
    const members = await allMembers(adminToken, 2);
    expect(members).toHaveLength(5);
    expect(new Set(members.map((m) => m.id)).size).toBe(5);
    expect(members.find((m) => m.id === world.ws.reviewer.userId)).toEqual({
      id: world.ws.reviewer.userId,
      name: "Reviewer",
      role: "reviewer",
      joinedAt: expect.any(String) as string,
      email: world.ws.reviewer.email,
    });
    expect(members.map((m) => m.id)).not.toContain(world.ws.outsider.userId);
  });

  it("gives other members the same list without e-mail addresses", async () => {
    const members = await allMembers(reviewerToken, 50);
    expect(members.map((m) => m.id).sort()).toEqual((await allMembers(adminToken, 50)).map((m) => m.id).sort());
    for (const member of members) expect(member).not.toHaveProperty("email");
  });
});

describe("paths and methods no route has", () => {
  it("answers an unknown /api/v1 path with a JSON 404, whatever the method", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const response = await callApi(method, `${base}/no-such-thing`, { token: adminToken });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    expect((await callApi("GET", "/api/v1/nope/deeper/still", { token: adminToken })).status).toBe(404);
  });

  it("answers a known path's missing method with a JSON 405 and Allow", async () => {
    const response = await callApi("PUT", `${base}/articles/${world.article.articleId}`, { token: adminToken });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")!.split(", ").sort()).toEqual(["DELETE", "GET", "HEAD", "PATCH"]);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: "method_not_allowed" });
  });
});

describe("exports of chosen articles", () => {
  let second: { articleId: string; claimId: string; title: string; quote: string };
  beforeAll(async () => {
    const title = "Harbour dredging";
    const quote = "Dredging the harbour took nine years";
    const article = await makeArticle(
      db(),
      world.workspaceId,
      world.ws.editor.userId,
      [`${quote}, records show.`],
      title,
    );
    const claim = await createClaim(db(), {
      actor: world.ws.admin,
      workspaceId: world.workspaceId,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, quote) },
    });
    // A source (the evidence CSV) and a published final verdict (ClaimReview) on it, in both articles.
    for (const claimId of [claim.id, world.claimId]) {
      const scope = { actor: world.ws.admin, workspaceId: world.workspaceId, claimId };
      if (claimId === claim.id)
        await addSource(db(), {
          ...scope,
          input: { url: "https://example.org/harbour", title: "Harbour records", stance: "supports" },
        });
      const final =
        claimId === claim.id
          ? await setFinalVerdict(db(), {
              ...scope,
              input: { ratingId: world.ratings[0]!.id, summary: "Records agree." },
            })
          : await db().finalVerdict.findFirstOrThrow({ where: { claimId } });
      await setFinalVerdictPublished(db(), { ...scope, input: { published: true, version: final.version } });
    }
    second = { articleId: article.articleId, claimId: claim.id, title, quote };
  });
  const exportText = async (query: string) => {
    const response = await callApi("GET", `${base}/exports?${query}`, { token: adminToken });
    return { status: response.status, text: await response.text() };
  };

  it.each(EXPORT_FORMATS)("%s: articles= keeps only the chosen articles", async (format) => {
    const all = await exportText(`format=${format}`);
    const chosen = await exportText(`format=${format}&articles=${world.article.articleId}`);
    expect(all.status).toBe(200);
    expect(chosen.status).toBe(200);
    // Every format names the second article somewhere (its id, title, or its claim's id or quote).
    const marks = [second.articleId, second.title, second.claimId, second.quote];
    expect(
      marks.some((mark) => all.text.includes(mark)),
      "the full export names the second article",
    ).toBe(true);
    for (const mark of marks) expect(chosen.text).not.toContain(mark);
    if (format === "json") {
      const backup = JSON.parse(chosen.text) as {
        articles: { id: string }[];
        auditLog: { articleId: string | null }[];
      };
      expect(backup.articles.map((a) => a.id)).toEqual([world.article.articleId]);
      expect(backup.auditLog.every((e) => e.articleId === null || e.articleId === world.article.articleId)).toBe(true);
    }
  });

  it.each(EXPORT_FORMATS)("%s: an unknown or other workspace's article id is 404", async (format) => {
    const elsewhere = await makeArticle(db(), world.otherWorkspaceId, world.ws.outsider.userId, ["Elsewhere."]);
    for (const ids of ["no-such-article", `${world.article.articleId},${elsewhere.articleId}`]) {
      const response = await exportText(`format=${format}&articles=${ids}`);
      expect(response.status, ids).toBe(404);
      expect((JSON.parse(response.text) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });
});

describe("PUT /claims/{id}/verdicts with submit: false", () => {
  it("refuses to make a submitted verdict a draft again, with a 409 and a message", async () => {
    const token = (
      await createApiToken(db(), {
        actor: world.ws.reviewer,
        input: { name: "verdicts", workspaceId: world.workspaceId, scope: "read_write" },
      })
    ).secret;
    // A claim of its own: the world's claim may be published (and its verdicts locked) by now.
    const claim = await createClaim(db(), {
      actor: world.ws.reviewer,
      workspaceId: world.workspaceId,
      articleId: world.article.articleId,
      input: { revisionId: world.article.revisionId, ...rangeOf(world.article.text, "Unemployment fell to 4.2%") },
    });
    const path = `${base}/claims/${claim.id}/verdicts`;
    const submitted = await callApi("PUT", path, {
      token,
      body: { ratingId: world.ratings[0]!.id, confidence: 60, submit: true },
    });
    expect(submitted.status).toBe(200);
    const { version } = ((await submitted.json()) as Body<{ version: number }>).data;
    const refused = await callApi("PUT", path, {
      token,
      body: { ratingId: world.ratings[1]!.id, confidence: 60, submit: false, version },
    });
    expect(refused.status).toBe(409);
    const { error } = (await refused.json()) as { error: { code: string; message: string } };
    expect(error.message).toMatch(/already submitted/);
    const mine = ((await (await callApi("GET", path, { token })).json()) as Body<{ mine: { submittedAt: string } }>)
      .data.mine;
    expect(mine.submittedAt).not.toBeNull();
  });
});
