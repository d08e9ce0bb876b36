// Every exported server action, called by a member of another workspace, answers "not found" and
// writes nothing. The actions are called in-process exactly as Next.js calls them; only the session
// lookup (`requireActor`, which reads the request's cookie) and the request headers are replaced
// by the test, with vitest module mocks that exist in this file only.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createAssignments } from "@/lib/assignments/create-assignments";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { createNote } from "@/lib/notes/create-note";
import { startSession } from "@/lib/sessions/start-session";
import { addSource } from "@/lib/sources/add-source";
import { makeArticle, makeWorkspace, rangeOf } from "@/lib/testing/factories";
import { tableCounts } from "@/lib/testing/table-counts";
import { testDb } from "@/lib/testing/test-db";
import { inviteMember } from "@/lib/workspaces/invite-member";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  requireActor: async () => {
    if (!session.actor) throw new Error("test: no actor set");
    return { ...session.actor, user: { id: session.actor.userId, name: "Outsider", email: "outsider@example.test" } };
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "margin.test" }) }));

const db = () => testDb().db;
type Result = { ok: boolean; code?: string; error?: string };
type Action = (...args: unknown[]) => Promise<Result>;

/** The victim's data, and the outsider's own workspace (where the outsider is admin). */
interface Fixture {
  ws: string;
  slug: string;
  own: string;
  article: string;
  revision: string;
  claim: string;
  note: string;
  source: string;
  rating: string;
  membership: string;
  reviewer: string;
  invite: string;
  apiToken: string;
  session: string;
  assignment: string;
  trashItem: string;
}

const note = { body: "A note." };
const source = { url: "https://example.org/report", title: "Report", stance: "supports" };
const rating = { label: "Mostly", color: "#15803d", ordinal: true, claimReviewName: "Mostly" };
const claimReviewJsonLd = JSON.stringify({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://factcheck.example/planted",
  claimReviewed: "A planted claim",
  reviewRating: { "@type": "Rating", alternateName: "False" },
});
const textForm = () => {
  const form = new FormData();
  form.set("text", "Headline\n\nThe council spent €4.5 million on the bridge.");
  return form;
};

// For each action, the argument lists an outsider tries. Actions that take a workspace id are
// tried twice: with the victim's workspace, and with the outsider's own workspace plus the
// victim's resource (the data layer must check the resource belongs to the workspace).
type Cases = (f: Fixture) => unknown[][];
const both =
  (make: (workspaceId: string, f: Fixture) => unknown[]): Cases =>
  (f) => [make(f.ws, f), make(f.own, f)];
const CASES: Record<string, Cases | { unscoped: string }> = {
  "(app)/settings/actions.ts#createApiTokenAction": (f) => [
    [{ name: "steal", workspaceId: f.ws, scope: "read_write" }],
  ],
  "(app)/settings/actions.ts#revokeApiTokenAction": (f) => [[f.apiToken]],
  "(app)/settings/actions.ts#revokeSessionAction": (f) => [[f.session]],
  "(app)/settings/actions.ts#changePasswordAction": {
    unscoped: "changes the caller's own password only (lib/users/password-lifecycle.int.test.ts)",
  },
  "(app)/settings/actions.ts#deleteAccountAction": {
    unscoped: "deletes the caller's own account only (lib/users/delete-account.int.test.ts)",
  },
  "(app)/settings/actions.ts#signOutEverywhereAction": {
    unscoped: "ends the caller's own sessions only (lib/sessions/sessions.int.test.ts)",
  },
  "(app)/w/[slug]/articles/[articleId]/actions.ts#createClaimAction": (f) => [
    [f.ws, f.article, { revisionId: f.revision, start: 0, end: 5 }],
    [f.own, f.article, { revisionId: f.revision, start: 0, end: 5 }],
  ],
  "(app)/w/[slug]/articles/[articleId]/actions.ts#setClaimAppearanceAction": both((w, f) => [
    w,
    f.claim,
    { claimantName: "Someone", claimantType: "person", claimDate: null, appearanceUrl: null, version: 1 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#setClaimTagsAction": both((w, f) => [
    w,
    f.claim,
    { tags: ["x"], version: 1 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#deleteClaimAction": both((w, f) => [w, f.claim, { version: 1 }]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#createNoteAction": both((w, f) => [w, f.claim, note]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#setNoteThreadResolvedAction": both((w, f) => [
    w,
    f.note,
    { resolved: true },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#linkClaimFamilyAction": both((w, f) => [
    w,
    f.claim,
    { claimId: f.article },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#unlinkClaimFamilyAction": both((w, f) => [w, f.claim]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#startFinalVerdictFromFamilyAction": both((w, f) => [
    w,
    f.claim,
    { fromClaimId: f.claim },
  ]),
  "(app)/w/[slug]/library/actions.ts#importFactChecksAction": (f) => [[f.ws, { content: claimReviewJsonLd }]],
  "(app)/notifications/actions.ts#markNotificationsReadAction": {
    unscoped: "marks the caller's own notifications only (lib/notifications/notifications.int.test.ts)",
  },
  "(app)/notifications/actions.ts#setNotificationPreferenceAction": {
    unscoped: "sets the caller's own delivery choice only; notifications go to members only",
  },
  "(app)/w/[slug]/articles/[articleId]/actions.ts#updateNoteAction": both((w, f) => [
    w,
    f.note,
    { ...note, version: 1 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#deleteNoteAction": both((w, f) => [w, f.note, { version: 1 }]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#addSourceAction": both((w, f) => [w, f.claim, source]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#updateSourceAction": both((w, f) => [
    w,
    f.source,
    { ...source, version: 1 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#removeSourceAction": both((w, f) => [w, f.source, { version: 1 }]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#saveVerdictAction": both((w, f) => [
    w,
    f.claim,
    { ratingId: f.rating, confidence: 80 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#setFinalVerdictAction": both((w, f) => [
    w,
    f.claim,
    { ratingId: f.rating, summary: "Settled." },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#publishFinalVerdictAction": both((w, f) => [
    w,
    f.claim,
    { published: true, version: 1 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#markClaimReviewedAction": both((w, f) => [
    w,
    f.claim,
    { version: 1 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#createAssignmentsAction": both((w, f) => [
    w,
    { articleId: f.article, assigneeIds: [f.reviewer] },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#completeAssignmentAction": both((w, f) => [w, f.assignment]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#withdrawAssignmentAction": both((w, f) => [w, f.assignment]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#updateAssignmentAction": both((w, f) => [
    w,
    f.assignment,
    { assigneeId: f.reviewer, dueAt: "2026-12-31", version: 1 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#importAnnotationsAction": both((w, f) => [
    w,
    f.article,
    JSON.stringify({ type: "AnnotationCollection", items: [] }),
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#claimReviewSnippetAction": both((w, f) => [w, f.claim]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#listSuggestionsAction": both((w, f) => [w, f.article]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#dismissSuggestionAction": both((w, f) => [
    w,
    f.article,
    "The council spent",
  ]),
  "(app)/w/[slug]/articles/[articleId]/actions.ts#reattachClaimAction": both((w, f) => [
    w,
    f.claim,
    { revisionId: f.revision, start: 0, end: 5, version: 1 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/edit/actions.ts#reviseArticleAction": both((w, f) => [
    w,
    f.article,
    { text: "New text.", baseRevisionId: f.revision },
  ]),
  "(app)/w/[slug]/articles/[articleId]/edit/actions.ts#deleteArticleAction": both((w, f) => [
    w,
    f.article,
    { version: 1 },
  ]),
  "(app)/w/[slug]/articles/[articleId]/edit/actions.ts#archiveArticleAction": both((w, f) => [
    w,
    f.article,
    { archived: true, version: 1 },
  ]),
  "(app)/w/[slug]/trash/actions.ts#restoreTrashItemAction": both((w, f) => [w, f.trashItem]),
  "(app)/w/[slug]/trash/actions.ts#purgeTrashItemAction": both((w, f) => [w, f.trashItem]),
  "(app)/w/[slug]/articles/[articleId]/edit/actions.ts#updateArticleMetadataAction": both((w, f) => [
    w,
    f.article,
    { title: "Mine now", version: 1 },
  ]),
  "(app)/w/[slug]/articles/new/actions.ts#previewImportAction": (f) => [[f.slug, textForm()]],
  "(app)/w/[slug]/articles/new/actions.ts#previewUrlImportAction": (f) => [
    [f.slug, "http://127.0.0.1:9/never-fetched"],
  ],
  "(app)/w/[slug]/articles/new/actions.ts#importArticleAction": (f) => [[f.slug, textForm(), { title: "Planted" }]],
  "(app)/w/[slug]/queue/actions.ts#markAssignmentDoneAction": both((w, f) => [w, f.assignment]),
  "(app)/w/[slug]/members/actions.ts#inviteMemberAction": (f) => [
    [f.slug, { email: "friend@example.test", role: "admin" }],
  ],
  "(app)/w/[slug]/members/actions.ts#changeRoleAction": (f) => [
    [f.slug, { membershipId: f.membership, role: "viewer", version: 1 }],
  ],
  "(app)/w/[slug]/members/actions.ts#removeMemberAction": (f) => [[f.slug, f.membership]],
  "(app)/w/[slug]/members/actions.ts#revokeInviteAction": (f) => [[f.slug, f.invite]],
  "(app)/w/[slug]/members/actions.ts#issuePasswordResetAction": (f) => [[f.slug, f.membership]],
  "(app)/w/[slug]/settings/actions.ts#updateWorkspaceSettingsAction": (f) => [
    [f.ws, f.slug, { name: "Taken over", blindReview: false, version: 1 }],
  ],
  "(app)/w/[slug]/settings/actions.ts#addRatingAction": (f) => [[f.ws, rating]],
  "(app)/w/[slug]/settings/actions.ts#updateRatingAction": both((w, f) => [w, f.rating, { ...rating, version: 1 }]),
  "(app)/w/[slug]/settings/actions.ts#removeRatingAction": both((w, f) => [w, f.rating, { version: 1 }]),
  // In the outsider's own workspace a foreign id is simply not one of its ratings (a validation error).
  "(app)/w/[slug]/settings/actions.ts#reorderRatingsAction": (f) => [[f.ws, { ratingIds: [f.rating] }]],
  // The invite link is the credential; a guessed one is refused. (A valid link admits anyone: by design.)
  "invite/[token]/actions.ts#acceptInviteAction": () => [["a".repeat(43)], ["not-a-token"]],
  "(app)/workspaces/actions.ts#createWorkspaceAction": { unscoped: "creates a new workspace owned by the caller" },
  "(auth)/sign-up/actions.ts#signUpAction": { unscoped: "public: creates an account, no workspace involved" },
  "(auth)/sign-up/confirm/[token]/actions.ts#confirmSignUpAction": {
    unscoped: "public: needs a mailed sign-up link's token (lib/users/sign-up-by-mail.int.test.ts)",
  },
  "(auth)/forgot-password/actions.ts#requestPasswordResetAction": {
    unscoped: "public: mails a link to the address's owner only (lib/users/password-reset.int.test.ts)",
  },
  "(auth)/reset-password/[token]/actions.ts#resetPasswordAction": {
    unscoped: "public: needs a reset link's token (lib/users/password-reset.int.test.ts)",
  },
};

function actionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return actionFiles(path);
    return entry === "actions.ts" ? [path] : [];
  });
}

async function exportedActions(): Promise<Map<string, Action>> {
  const root = join(process.cwd(), "app");
  const actions = new Map<string, Action>();
  for (const file of actionFiles(root)) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function") actions.set(`${relative(root, file)}#${name}`, value as Action);
    }
  }
  return actions;
}

describe("server actions refuse members of another workspace", () => {
  let fixture: Fixture;
  let actions: Map<string, Action>;
  let outsider: Actor;
  let member: Actor;
  beforeAll(async () => {
    actions = await exportedActions();
    const ws = await makeWorkspace(db());
    outsider = ws.outsider;
    member = ws.reviewer;
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "The council spent €4.5 million on the bridge.",
      "Critics objected.",
    ]);
    const scope = { workspaceId: ws.workspace.id };
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      ...scope,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "€4.5 million") },
    });
    const created = await createNote(db(), { actor: ws.reviewer, ...scope, claimId: claim.id, input: note });
    const added = await addSource(db(), { actor: ws.reviewer, ...scope, claimId: claim.id, input: source });
    const trashed = await createClaim(db(), {
      actor: ws.reviewer,
      ...scope,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "Critics objected.") },
    });
    await deleteClaim(db(), { actor: ws.reviewer, ...scope, claimId: trashed.id, input: { version: 1 } });
    const trashItem = await db().trashItem.findUniqueOrThrow({ where: { entityId: trashed.id }, select: { id: true } });
    const { invite } = await inviteMember(db(), {
      actor: ws.admin,
      ...scope,
      input: { email: "invited@example.test", role: "editor" },
    });
    const { token } = await createApiToken(db(), {
      actor: ws.admin,
      input: { name: "victim", workspaceId: ws.workspace.id, scope: "read" },
    });
    const victimSession = await startSession(db(), { userId: ws.admin.userId });
    const [assignment] = await createAssignments(db(), {
      actor: ws.editor,
      ...scope,
      input: { articleId: article.articleId, assigneeIds: [ws.reviewer.userId] },
    });
    const ratingRow = await db().rating.findFirstOrThrow({
      where: { workspaceId: ws.workspace.id },
      select: { id: true },
    });
    const membership = await db().membership.findFirstOrThrow({
      where: { workspaceId: ws.workspace.id, userId: ws.reviewer.userId },
      select: { id: true },
    });
    fixture = {
      ws: ws.workspace.id,
      slug: ws.workspace.slug,
      own: ws.otherWorkspace.id,
      article: article.articleId,
      revision: article.revisionId,
      claim: claim.id,
      note: created.id,
      source: added.id,
      rating: ratingRow.id,
      membership: membership.id,
      reviewer: ws.reviewer.userId,
      invite: invite.id,
      apiToken: token.id,
      session: victimSession.id,
      assignment: assignment!.id,
      trashItem: trashItem.id,
    };
  });

  it("has a case for every exported action, and no case for an action that is gone", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(CASES).sort());
  });

  it("lets a member of the workspace through the same seam (the refusals below are about access)", async () => {
    session.actor = member;
    const add = actions.get("(app)/w/[slug]/articles/[articleId]/actions.ts#createNoteAction")!;
    expect(await add(fixture.ws, fixture.claim, note)).toMatchObject({ ok: true });
  });

  it("answers not found to every scoped action and writes nothing", async () => {
    session.actor = outsider;
    const before = await tableCounts(db());
    let calls = 0;
    const answered: string[] = [];
    for (const [key, cases] of Object.entries(CASES)) {
      if ("unscoped" in cases) continue;
      const action = actions.get(key)!;
      for (const args of cases(fixture)) {
        const result = await action(...args);
        calls += 1;
        if (result.ok || result.code !== "not_found")
          answered.push(`${key}(${JSON.stringify(args)}) -> ${result.ok ? "ok" : `${result.code}: ${result.error}`}`);
      }
    }
    expect(answered).toEqual([]);
    expect(calls).toBeGreaterThan(50);
    expect(await tableCounts(db())).toEqual(before);
  });
});
