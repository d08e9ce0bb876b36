// Per-route fixtures for the public API: for every entry of API_ROUTES, a fresh workspace with
// one article, claim, note, source and final verdict, tokens of every kind, and the concrete
// path, query and valid body of a happy-path call. Route sweeps (api-routes.int.test.ts, the
// fuzzer) walk API_ROUTES and ask for a fixture; a route without a case here throws, so a new
// route cannot go untested.
import { encode } from "next-auth/jwt";
import { createApiToken } from "../api-tokens/create-api-token";
import { revokeApiToken } from "../api-tokens/revoke-api-token";
import { createAssignments } from "../assignments/create-assignments";
import type { ApiRoute } from "../api/api-routes";
import { getAuthOptions } from "../auth/session";
import { openBackupExport } from "../backup/export-backup";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { getDb, type Db } from "../db/client";
import { DEFAULT_BODY_LIMIT_BYTES } from "../http/api-handler";
import { createNote } from "../notes/create-note";
import { linkClaimFamily } from "../claim-memory/link-claim-family";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { addSource } from "../sources/add-source";
import { startSession } from "../sessions/start-session";
import { setFinalVerdict } from "../verdicts/set-final-verdict";
import { makeArticle, makeWorkspace, rangeOf } from "./factories";

export const routeKey = (route: Pick<ApiRoute, "method" | "path">) => `${route.method} ${route.path}`;

const PARAGRAPHS = [
  "The port will cost $2.1 billion, the ministry said on Tuesday.",
  "Critics called it a **white elephant** that would never pay for itself.",
  "Unemployment fell to 4.2% in March.",
];

/** A signed-in browser's Cookie header for `userId`: a new session and the JWT next-auth would set for it. */
export async function sessionCookie(userId: string): Promise<string> {
  return (await signedInSession(userId)).cookie;
}

/** A new session of `userId` (as a sign-in starts) and its Cookie header. */
export async function signedInSession(userId: string): Promise<{ sessionId: string; cookie: string }> {
  const session = await startSession(getDb(), { userId });
  const value = await encode({ token: { sub: userId, sid: session.id }, secret: getAuthOptions().secret! });
  return { sessionId: session.id, cookie: `next-auth.session-token=${value}` };
}

/** The admin's tokens (read-write, read-only, revoked) and the outsider's for their own workspace. */
export async function makeTokens(db: Db, ws: Awaited<ReturnType<typeof makeWorkspace>>) {
  const mint = async (actor: { userId: string }, scope: "read" | "read_write", workspaceId = ws.workspace.id) =>
    createApiToken(db, { actor, input: { name: `${scope} token`, workspaceId, scope } });
  const revoked = await mint(ws.admin, "read_write");
  await revokeApiToken(db, { actor: ws.admin, tokenId: revoked.token.id });
  return {
    readWrite: (await mint(ws.admin, "read_write")).secret,
    read: (await mint(ws.admin, "read")).secret,
    revoked: revoked.secret,
    otherWorkspace: (await mint(ws.outsider, "read_write", ws.otherWorkspace.id)).secret,
    /** The outsider signed in with a session cookie rather than a token. */
    outsiderCookie: await sessionCookie(ws.outsider.userId),
  };
}

/** A populated workspace as the API sees it: ids, versions and tokens. */
export async function makeApiWorld(db: Db) {
  const ws = await makeWorkspace(db);
  const workspaceId = ws.workspace.id;
  const admin = ws.admin;
  const article = await makeArticle(db, workspaceId, ws.editor.userId, PARAGRAPHS, "Port costs");
  const claim = await createClaim(db, {
    actor: admin,
    workspaceId,
    articleId: article.articleId,
    input: {
      revisionId: article.revisionId,
      ...rangeOf(article.text, "The port will cost $2.1 billion"),
      tags: ["cost"],
    },
  });
  const note = await createNote(db, {
    actor: admin,
    workspaceId,
    claimId: claim.id,
    input: { body: "Checked against the **budget**." },
  });
  const ratings = await loadRatingScale(db, workspaceId);
  const source = await addSource(db, {
    actor: admin,
    workspaceId,
    claimId: claim.id,
    input: { url: "https://example.org/budget", title: "Budget 2026", stance: "supports" },
  });
  await setFinalVerdict(db, {
    actor: admin,
    workspaceId,
    claimId: claim.id,
    input: { ratingId: ratings[0]!.id, summary: "The budget says so." },
  });
  const [assignment] = await createAssignments(db, {
    actor: ws.editor,
    workspaceId,
    input: { articleId: article.articleId, assigneeIds: [ws.reviewer.userId] },
  });
  // The admin belongs to the other workspace too, so a token used outside its own workspace is
  // refused for its scope, not for want of a membership.
  await db.membership.create({ data: { workspaceId: ws.otherWorkspace.id, userId: admin.userId, role: "admin" } });
  const tokens = await makeTokens(db, ws);
  const versions = async () => ({
    article: (await db.article.findUniqueOrThrow({ where: { id: article.articleId } })).version,
    claim: (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version,
    note: (await db.note.findUniqueOrThrow({ where: { id: note.id } })).version,
    source: (await db.source.findUniqueOrThrow({ where: { id: source.id } })).version,
    finalVerdict: (await db.finalVerdict.findFirstOrThrow({ where: { claimId: claim.id } })).version,
    assignment: (await db.assignment.findUniqueOrThrow({ where: { id: assignment!.id } })).version,
  });
  return {
    db,
    ws,
    workspaceId,
    otherWorkspaceId: ws.otherWorkspace.id,
    article,
    claimId: claim.id,
    noteId: note.id,
    sourceId: source.id,
    assignmentId: assignment!.id,
    ratings,
    tokens,
    versions,
  };
}
export type ApiWorld = Awaited<ReturnType<typeof makeApiWorld>>;

/** A second claim of the world's article ("Unemployment fell to 4.2%"), with no final verdict. */
async function secondClaim(world: ApiWorld): Promise<string> {
  const claim = await createClaim(world.db, {
    actor: world.ws.admin,
    workspaceId: world.workspaceId,
    articleId: world.article.articleId,
    input: { revisionId: world.article.revisionId, ...rangeOf(world.article.text, "Unemployment fell to 4.2%") },
  });
  return claim.id;
}

/** A second claim confirmed as the same as the world's claim. */
async function familyClaim(world: ApiWorld): Promise<string> {
  const claimId = await secondClaim(world);
  await linkClaimFamily(world.db, {
    actor: world.ws.admin,
    workspaceId: world.workspaceId,
    claimId,
    input: { claimId: world.claimId },
  });
  return claimId;
}

/** The world's claim, deleted: the id of its trash item. */
async function trashedClaim(world: ApiWorld): Promise<string> {
  const scope = { actor: world.ws.admin, workspaceId: world.workspaceId, claimId: world.claimId };
  await deleteClaim(world.db, { ...scope, input: { version: (await world.versions()).claim } });
  return (await world.db.trashItem.findUniqueOrThrow({ where: { entityId: world.claimId } })).id;
}

export interface RouteCase {
  query?: string;
  body?: unknown;
  /** Body without one field the route requires (default: derived from the schema). */
  missingRequired?: unknown;
  /** The field to give a wrong type (default: the first body field the schema describes). */
  wrongTypeField?: string;
  /** The route's workspace must be empty (restore): the world is used for the body only. */
  emptyWorkspace?: boolean;
  /** The empty workspace is marked as in the middle of a restore (cancelling one). */
  restoring?: boolean;
  /** The status of a body that is JSON but not what the route takes (default 400; a backup's is 422). */
  invalidStatus?: number;
  /** Ids of the path other than the world's own (a trash item). */
  ids?: Record<string, string>;
}

type CaseBuilder = (world: ApiWorld, options: FixtureOptions) => Promise<RouteCase> | RouteCase;
export interface FixtureOptions {
  /** A page the server may fetch (POST articles/from-url); the test serves it. */
  fetchableUrl?: string;
}

const W = "/api/v1/workspaces/{workspaceId}";
const annotation = (world: ApiWorld, exact: string) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  body: [{ type: "TextualBody", purpose: "commenting", value: "Worth checking." }],
  target: {
    source: `https://margin.test/w/${world.ws.workspace.slug}/articles/${world.article.articleId}`,
    selector: { type: "TextQuoteSelector", exact },
  },
});

export const ROUTE_CASES: Record<string, CaseBuilder> = {
  "GET /api/v1/workspaces": () => ({}),
  [`GET ${W}/ratings`]: () => ({}),
  [`GET ${W}/members`]: () => ({ query: "?limit=2" }),
  [`GET ${W}/articles`]: () => ({ query: "?limit=10" }),
  [`POST ${W}/articles`]: () => ({
    body: { content: "# A new article\n\nThe bridge opened in 1998.", metadata: { title: "Bridge" } },
  }),
  [`POST ${W}/articles/from-url`]: (_, options) => ({
    body: { url: options.fetchableUrl ?? "https://example.org/news" },
  }),
  [`GET ${W}/articles/{articleId}`]: () => ({}),
  [`PATCH ${W}/articles/{articleId}`]: async (world) => ({
    body: { title: "Port costs, corrected", outlet: "The Courier", version: (await world.versions()).article },
  }),
  [`DELETE ${W}/articles/{articleId}`]: async (world) => ({ body: { version: (await world.versions()).article } }),
  [`POST ${W}/articles/{articleId}/archive`]: async (world) => ({
    body: { archived: true, version: (await world.versions()).article },
  }),
  [`GET ${W}/articles/{articleId}/revisions`]: () => ({}),
  [`POST ${W}/articles/{articleId}/revisions`]: (world) => ({
    body: {
      text: `${world.article.text}\n\nA paragraph added later.`,
      baseRevisionId: world.article.revisionId,
      message: "Added a line",
    },
  }),
  [`POST ${W}/claims/{claimId}/reattach`]: async (world) => ({
    body: {
      revisionId: world.article.revisionId,
      ...rangeOf(world.article.text, "Unemployment fell to 4.2%"),
      version: (await world.versions()).claim,
    },
  }),
  // The flag an article edit sets when it unpublishes a final verdict (revise-article.ts).
  [`POST ${W}/claims/{claimId}/mark-reviewed`]: async (world) => {
    await world.db.claim.update({ where: { id: world.claimId }, data: { needsReviewReason: "Its words changed." } });
    return { body: { version: (await world.versions()).claim } };
  },
  [`PUT ${W}/claims/{claimId}/appearance`]: async (world) => ({
    body: {
      claimantName: "Minister of Labour",
      claimantType: "person",
      claimDate: "2026-03-02",
      appearanceUrl: "https://video.example/speech",
      version: (await world.versions()).claim,
    },
  }),
  [`GET ${W}/articles/{articleId}/claims`]: () => ({}),
  [`POST ${W}/articles/{articleId}/claims`]: () => ({
    body: { selector: [{ type: "TextQuoteSelector", exact: "Unemployment fell to 4.2%" }], tags: ["jobs"] },
  }),
  [`GET ${W}/articles/{articleId}/events`]: () => ({}),
  // An import skips (and reports) items it cannot anchor; what it refuses is a document of no known format.
  [`POST ${W}/articles/{articleId}/imports`]: (world) => {
    const { type: _, ...untyped } = annotation(world, "Unemployment fell to 4.2% in March");
    return {
      body: annotation(world, "Unemployment fell to 4.2% in March"),
      missingRequired: untyped,
      wrongTypeField: "type",
    };
  },
  [`GET ${W}/claims/{claimId}`]: () => ({}),
  [`PATCH ${W}/claims/{claimId}`]: async (world) => ({
    body: { tags: ["cost", "ports"], version: (await world.versions()).claim },
    missingRequired: { tags: ["cost"] },
  }),
  [`DELETE ${W}/claims/{claimId}`]: async (world) => ({ body: { version: (await world.versions()).claim } }),
  [`GET ${W}/claims/{claimId}/history`]: () => ({}),
  [`GET ${W}/claims/{claimId}/similar`]: () => ({ query: "?limit=5" }),
  [`GET ${W}/claims/{claimId}/family`]: async (world) => {
    await familyClaim(world);
    return {};
  },
  [`POST ${W}/claims/{claimId}/family`]: async (world) => ({ body: { claimId: await secondClaim(world) } }),
  [`DELETE ${W}/claims/{claimId}/family`]: async (world) => {
    await familyClaim(world);
    return {};
  },
  [`GET ${W}/library`]: () => ({ query: "?limit=10" }),
  [`POST ${W}/library`]: () => ({
    body: {
      content: JSON.stringify({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: "https://factcheck.example/port-cost",
        claimReviewed: "The port will cost $2.1 billion",
        author: { "@type": "Organization", name: "Example Checks" },
        reviewRating: { "@type": "Rating", alternateName: "Mostly true" },
      }),
    },
    wrongTypeField: "content",
  }),
  [`GET ${W}/claims/{claimId}/notes`]: () => ({ query: "?limit=5" }),
  [`POST ${W}/claims/{claimId}/notes`]: (world) => ({
    body: { body: "A reply with a [link](https://example.org).", replyToId: world.noteId, tags: ["follow-up"] },
  }),
  [`PATCH ${W}/notes/{noteId}`]: async (world) => ({
    body: { body: "Checked against the *2026* budget.", version: (await world.versions()).note },
  }),
  [`DELETE ${W}/notes/{noteId}`]: async (world) => ({ body: { version: (await world.versions()).note } }),
  [`PUT ${W}/notes/{noteId}/resolution`]: () => ({ body: { resolved: true } }),
  [`GET ${W}/claims/{claimId}/sources`]: () => ({}),
  [`POST ${W}/claims/{claimId}/sources`]: () => ({
    body: {
      url: "https://example.org/report",
      title: "Annual report",
      publisher: "Ministry",
      stance: "refutes",
      accessedAt: "2026-03-01",
    },
  }),
  [`PATCH ${W}/sources/{sourceId}`]: async (world) => ({
    body: {
      url: "https://example.org/budget",
      title: "Budget 2026 (final)",
      stance: "context",
      version: (await world.versions()).source,
    },
  }),
  [`DELETE ${W}/sources/{sourceId}`]: async (world) => ({ body: { version: (await world.versions()).source } }),
  [`GET ${W}/claims/{claimId}/verdicts`]: () => ({}),
  [`PUT ${W}/claims/{claimId}/verdicts`]: (world) => ({
    body: {
      ratingId: world.ratings[1]!.id,
      confidence: 80,
      rationale: "The figures match.",
      sourceIds: [world.sourceId],
    },
  }),
  [`GET ${W}/claims/{claimId}/final-verdict`]: () => ({}),
  [`PUT ${W}/claims/{claimId}/final-verdict`]: async (world) => ({
    body: { ratingId: world.ratings[1]!.id, summary: "Mostly right.", version: (await world.versions()).finalVerdict },
  }),
  [`PATCH ${W}/claims/{claimId}/final-verdict`]: async (world) => ({
    body: { published: true, version: (await world.versions()).finalVerdict },
  }),
  // The second claim, confirmed the same as the world's claim, starts from its final verdict.
  [`POST ${W}/claims/{claimId}/final-verdict/from-family`]: async (world) => ({
    body: { fromClaimId: world.claimId },
    ids: { claimId: await familyClaim(world) },
  }),
  [`GET ${W}/assignments`]: () => ({ query: "?assignee=me&state=open" }),
  [`POST ${W}/assignments`]: (world) => ({
    body: { articleId: world.article.articleId, assigneeIds: [world.ws.reviewer2.userId], dueAt: "2026-12-31" },
  }),
  [`PATCH ${W}/assignments/{assignmentId}`]: async (world) => ({
    body: { assigneeId: world.ws.reviewer2.userId, dueAt: "2026-12-31", version: (await world.versions()).assignment },
  }),
  [`POST ${W}/assignments/{assignmentId}/complete`]: () => ({}),
  [`POST ${W}/assignments/{assignmentId}/withdraw`]: () => ({}),
  [`GET ${W}/search`]: () => ({ query: "?q=port&kind=claim" }),
  [`GET ${W}/exports`]: () => ({ query: "?format=csv" }),
  [`POST ${W}/restore`]: async (world) => {
    const backup = await openBackupExport(world.db, { actor: world.ws.admin, workspaceId: world.workspaceId });
    let text = "";
    for await (const chunk of backup.chunks()) text += chunk;
    return { body: JSON.parse(text) as unknown, emptyWorkspace: true, invalidStatus: 422 };
  },
  [`DELETE ${W}/restore`]: () => ({ emptyWorkspace: true, restoring: true }),
  "GET /api/v1/notifications": () => ({ query: "?limit=10&unread=true" }),
  "GET /api/v1/notifications/unread-count": () => ({}),
  "POST /api/v1/notifications/read": () => ({ body: { all: true }, missingRequired: {} }),
  [`GET ${W}/trash`]: async (world) => ({ query: "?limit=10", ids: { itemId: await trashedClaim(world) } }),
  [`POST ${W}/trash/{itemId}/restore`]: async (world) => ({ ids: { itemId: await trashedClaim(world) } }),
  [`DELETE ${W}/trash/{itemId}`]: async (world) => ({ ids: { itemId: await trashedClaim(world) } }),
  [`GET ${W}/annotations`]: () => ({}),
  [`POST ${W}/annotations`]: (world) => ({
    body: annotation(world, "Critics called it"),
    missingRequired: { type: "Annotation", body: [] },
    wrongTypeField: "target",
  }),
  [`GET ${W}/annotations/{claimId}`]: () => ({}),
};

export interface RouteFixture extends RouteCase {
  route: ApiRoute;
  world: ApiWorld;
  /** The workspace the call goes to (the world's, or an empty one of the same admin for restore). */
  workspaceId: string;
  tokens: ApiWorld["tokens"];
  /** The concrete path, ids filled in. */
  path: string;
  /** The same entity ids under the outsider's own workspace (null when the route has no ids below it). */
  foreignPath: string | null;
  /** The route under the other workspace (which the admin also belongs to), for the admin's token of this one. */
  otherWorkspacePath: string;
  bodyLimitBytes: number;
}

export function fillPath(template: string, ids: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`no id for {${name}}`);
    return encodeURIComponent(id);
  });
}

export async function buildRouteFixture(db: Db, route: ApiRoute, options: FixtureOptions = {}): Promise<RouteFixture> {
  const builder = ROUTE_CASES[routeKey(route)];
  if (!builder)
    throw new Error(
      `No API route fixture for ${routeKey(route)}: add a case to ROUTE_CASES in lib/testing/api-route-fixtures.ts`,
    );
  const world = await makeApiWorld(db);
  const routeCase = await builder(world, options);
  let workspaceId = world.workspaceId;
  let tokens = world.tokens;
  if (routeCase.emptyWorkspace) {
    const target = await makeWorkspace(db);
    workspaceId = target.workspace.id;
    tokens = await makeTokens(db, target);
    if (routeCase.restoring)
      await db.workspace.update({ where: { id: workspaceId }, data: { restoringAt: new Date() } });
  }
  const ids = {
    workspaceId,
    articleId: world.article.articleId,
    claimId: world.claimId,
    noteId: world.noteId,
    sourceId: world.sourceId,
    assignmentId: world.assignmentId,
    ...routeCase.ids,
  };
  const hasEntity = /\{(?!workspaceId\})\w+\}/.test(route.path);
  const otherWorkspacePath =
    fillPath(route.path, { ...ids, workspaceId: world.otherWorkspaceId }) + (routeCase.query ?? "");
  return {
    ...routeCase,
    route,
    world,
    workspaceId,
    tokens,
    path: fillPath(route.path, ids) + (routeCase.query ?? ""),
    otherWorkspacePath,
    foreignPath: hasEntity ? otherWorkspacePath : null,
    bodyLimitBytes: route.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
  };
}
