// The permission matrix, action by action and role by role, through the real use cases against a
// real database. The expected outcomes are written out here, not derived from RULES, so a change
// to who may do what has to be made in both places on purpose.
import { describe, expect, it } from "vitest";
import { completeAssignment } from "../assignments/complete-assignment";
import { createAssignments } from "../assignments/create-assignments";
import { listAssignments } from "../assignments/list-assignments";
import { updateAssignment } from "../assignments/update-assignment";
import { withdrawAssignment } from "../assignments/withdraw-assignment";
import { getClaimHistory } from "../audit/get-claim-history";
import { openBackupExport } from "../backup/export-backup";
import { restoreBackup } from "../backup/restore-backup";
import { linkClaimFamily } from "../claim-memory/link-claim-family";
import { dismissSuggestion } from "../claim-suggestions/dismiss-suggestion";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { markClaimReviewed } from "../claims/mark-claim-reviewed";
import { reattachClaim } from "../claims/reattach-claim";
import { setClaimAppearance } from "../claims/set-claim-appearance";
import { setClaimTags } from "../claims/set-claim-tags";
import { archiveArticle } from "../articles/archive-article";
import { deleteArticle } from "../articles/delete-article";
import { importArticle } from "../articles/import-article";
import { reviseArticle } from "../articles/revise-article";
import { updateArticleMetadata } from "../articles/update-article-metadata";
import { getArticle } from "../articles/get-article";
import { toAppError, type AppError } from "../errors/app-error";
import { openExport } from "../exports/load-export-articles";
import { importFactChecks } from "../fact-check-library/import-fact-checks";
import { importAnnotations } from "../annotation-import/import-annotations";
import { createNote } from "../notes/create-note";
import { deleteNote } from "../notes/delete-note";
import { setNoteThreadResolved } from "../notes/set-note-thread-resolved";
import { updateNote } from "../notes/update-note";
import { addRating } from "../ratings/add-rating";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { searchWorkspace } from "../search/search-workspace";
import { addSource } from "../sources/add-source";
import { removeSource } from "../sources/remove-source";
import { updateSource } from "../sources/update-source";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { loadSubmittedVerdicts } from "../dashboard/load-submitted-verdicts";
import { listTrash } from "../trash/list-trash";
import { purgeTrashItem } from "../trash/purge-trash-item";
import { restoreTrashItem } from "../trash/restore-trash-item";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";
import { startFinalVerdictFromFamily } from "../verdicts/start-final-verdict-from-family";
import { changeMemberRole } from "../workspaces/change-member-role";
import { removeMember } from "../workspaces/remove-member";
import { inviteMember } from "../workspaces/invite-member";
import { updateWorkspaceSettings } from "../workspaces/update-workspace-settings";
import { listMembers } from "../workspaces/list-members";

const db = () => testDb().db;
const WHO = ["admin", "editor", "reviewer", "viewer", "outsider"] as const;
type Who = (typeof WHO)[number];
type Outcome = "ok" | AppError["code"];
type Ws = Awaited<ReturnType<typeof makeWorkspace>>;
type Article = Awaited<ReturnType<typeof makeArticle>>;
const SENTENCE = "The port will cost $2.1 billion, the ministry said.";
const PARAGRAPHS = [SENTENCE, "Critics called it a white elephant."];

interface Context {
  ws: Ws;
  article: Article;
  actor: { userId: string };
  workspaceId: string;
  /** A claim marked by the second reviewer (someone else's, for everyone acting). */
  othersClaim(): Promise<{ id: string; version: number }>;
  /** A claim marked by the acting user. */
  ownClaim(): Promise<{ id: string; version: number }>;
}

interface Case {
  action: string;
  expected: Record<Who, Outcome>;
  run(ctx: Context): Promise<unknown>;
}

/** Expected outcome per role; outsiders (members of another workspace only) always get "not found". */
const roles = (admin: Outcome, editor: Outcome, reviewer: Outcome, viewer: Outcome): Record<Who, Outcome> => ({
  admin,
  editor,
  reviewer,
  viewer,
  outsider: "not_found",
});
const everyone = roles("ok", "ok", "ok", "ok");
const reviewers = roles("ok", "ok", "ok", "forbidden");
const editors = roles("ok", "ok", "forbidden", "forbidden");
const admins = roles("ok", "forbidden", "forbidden", "forbidden");

const CASES: Case[] = [
  {
    action: "read an article",
    expected: everyone,
    run: (c) => getArticle(db(), { actor: c.actor, workspaceId: c.workspaceId, articleId: c.article.articleId }),
  },
  {
    action: "search the workspace",
    expected: everyone,
    run: (c) => searchWorkspace(db(), { actor: c.actor, workspaceId: c.workspaceId, input: { q: "port" } }),
  },
  {
    action: "read a claim's history",
    expected: everyone,
    run: async (c) =>
      getClaimHistory(db(), { actor: c.actor, workspaceId: c.workspaceId, claimId: (await c.othersClaim()).id }),
  },
  {
    action: "list members",
    expected: everyone,
    run: (c) => listMembers(db(), { actor: c.actor, workspaceId: c.workspaceId }),
  },
  {
    action: "export the workspace",
    expected: everyone,
    run: (c) => openExport(db(), { actor: c.actor, workspaceId: c.workspaceId, origin: "http://margin.test" }),
  },
  {
    action: "read everyone's submitted verdicts (dashboard)",
    expected: editors,
    run: (c) => loadSubmittedVerdicts(db(), { actor: c.actor, workspaceId: c.workspaceId }),
  },
  {
    action: "export a backup",
    expected: admins,
    run: (c) => openBackupExport(db(), { actor: c.actor, workspaceId: c.workspaceId }),
  },
  {
    action: "import an article",
    expected: editors,
    run: (c) =>
      importArticle(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        input: { content: "A headline\n\nSome text of the article.", fileName: "a.txt" },
      }),
  },
  {
    action: "fix an article's details",
    expected: editors,
    run: async (c) => {
      const { version } = await db().article.findUniqueOrThrow({
        where: { id: c.article.articleId },
        select: { version: true },
      });
      return updateArticleMetadata(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        articleId: c.article.articleId,
        input: { title: "A new title", version },
      });
    },
  },
  {
    action: "revise an article's text",
    expected: editors,
    run: (c) =>
      reviseArticle(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        articleId: c.article.articleId,
        input: { text: `${c.article.text}\n\nA new paragraph.`, baseRevisionId: c.article.revisionId },
      }),
  },
  {
    action: "delete an article",
    expected: editors,
    run: (c) =>
      deleteArticle(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        articleId: c.article.articleId,
        input: { version: 1 },
      }),
  },
  {
    action: "archive an article",
    expected: editors,
    run: (c) =>
      archiveArticle(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        articleId: c.article.articleId,
        input: { archived: true, version: 1 },
      }),
  },
  {
    action: "list the trash",
    expected: editors,
    run: async (c) => {
      await trashedClaim(c);
      return listTrash(db(), { actor: c.actor, workspaceId: c.workspaceId });
    },
  },
  {
    action: "restore from the trash",
    expected: editors,
    run: async (c) =>
      restoreTrashItem(db(), { actor: c.actor, workspaceId: c.workspaceId, itemId: await trashedClaim(c) }),
  },
  {
    action: "purge from the trash",
    expected: admins,
    run: async (c) =>
      purgeTrashItem(db(), { actor: c.actor, workspaceId: c.workspaceId, itemId: await trashedClaim(c) }),
  },
  { action: "mark a claim", expected: reviewers, run: (c) => c.ownClaim() },
  {
    action: "tag a claim",
    expected: reviewers,
    run: async (c) =>
      setClaimTags(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: (await c.othersClaim()).id,
        input: { tags: ["cost"], version: 1 },
      }),
  },
  {
    action: "set the claimant and appearance of someone else's claim",
    expected: editors,
    run: async (c) => {
      const claim = await c.othersClaim();
      return setClaimAppearance(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: claim.id,
        input: { claimantName: "A minister", claimDate: null, appearanceUrl: null, version: claim.version },
      });
    },
  },
  {
    action: "set the claimant and appearance of one's own claim",
    expected: reviewers,
    run: async (c) => {
      const claim = await c.ownClaim();
      return setClaimAppearance(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: claim.id,
        input: { claimantName: "A minister", claimDate: "2026-11-30", appearanceUrl: null, version: claim.version },
      });
    },
  },
  {
    action: "delete someone else's claim",
    expected: editors,
    run: async (c) =>
      deleteClaim(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: (await c.othersClaim()).id,
        input: { version: 1 },
      }),
  },
  // Outsiders cannot mark a claim at all; what they would own does not exist.
  {
    action: "delete one's own claim",
    expected: reviewers,
    run: async (c) =>
      deleteClaim(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: (await c.ownClaim()).id,
        input: { version: 1 },
      }),
  },
  {
    action: "delete one's own claim that carries a colleague's source",
    expected: editors,
    run: async (c) => {
      const claim = await c.ownClaim();
      await addSource(db(), { actor: c.ws.reviewer2, workspaceId: c.workspaceId, claimId: claim.id, input: SOURCE });
      return deleteClaim(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: claim.id,
        input: { version: 1 },
      });
    },
  },
  {
    action: "re-attach a claim",
    expected: reviewers,
    run: async (c) => {
      const range = rangeOf(c.article.text, "a white elephant");
      return reattachClaim(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: (await c.othersClaim()).id,
        input: { revisionId: c.article.revisionId, ...range, version: 1 },
      });
    },
  },
  {
    action: "write a note",
    expected: reviewers,
    run: async (c) =>
      createNote(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: (await c.othersClaim()).id,
        input: { body: "Checked the *budget*." },
      }),
  },
  {
    action: "edit someone else's note",
    expected: roles("forbidden", "forbidden", "forbidden", "forbidden"),
    run: async (c) =>
      updateNote(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        noteId: await othersNote(c),
        input: { body: "Rewritten", version: 1 },
      }),
  },
  {
    action: "delete someone else's note",
    expected: editors,
    run: async (c) =>
      deleteNote(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        noteId: await othersNote(c),
        input: { version: 1 },
      }),
  },
  {
    action: "resolve someone else's note thread",
    expected: editors,
    run: async (c) =>
      setNoteThreadResolved(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        noteId: await othersNote(c),
        input: { resolved: true },
      }),
  },
  {
    action: "add a source",
    expected: reviewers,
    run: async (c) =>
      addSource(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: (await c.othersClaim()).id,
        input: SOURCE,
      }),
  },
  {
    action: "edit someone else's source",
    expected: editors,
    run: async (c) =>
      updateSource(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        sourceId: await othersSource(c),
        input: { ...SOURCE, title: "Renamed", version: 1 },
      }),
  },
  {
    action: "remove someone else's source",
    expected: editors,
    run: async (c) =>
      removeSource(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        sourceId: await othersSource(c),
        input: { version: 1 },
      }),
  },
  {
    action: "give one's own verdict",
    expected: reviewers,
    run: async (c) =>
      saveVerdict(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: (await c.othersClaim()).id,
        input: { ratingId: await ratingId(c), confidence: 80, rationale: "Budget papers." },
      }),
  },
  {
    action: "set the final verdict",
    expected: editors,
    run: async (c) =>
      setFinalVerdict(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: (await c.othersClaim()).id,
        input: { ratingId: await ratingId(c), summary: "The budget says so." },
      }),
  },
  {
    action: "publish the final verdict",
    expected: editors,
    run: async (c) => {
      const claim = await c.othersClaim();
      const final = await setFinalVerdict(db(), {
        actor: c.ws.editor,
        workspaceId: c.workspaceId,
        claimId: claim.id,
        input: { ratingId: await ratingId(c), summary: "Settled." },
      });
      return setFinalVerdictPublished(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: claim.id,
        input: { published: true, version: (final as { version: number }).version },
      });
    },
  },
  {
    action: "confirm two claims are the same claim (family)",
    expected: reviewers,
    run: async (c) =>
      linkClaimFamily(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: (await c.othersClaim()).id,
        input: { claimId: (await c.othersClaim()).id },
      }),
  },
  {
    action: "start a final verdict from the family's",
    expected: editors,
    run: async (c) => {
      const [settled, repeated] = [await c.othersClaim(), await c.othersClaim()];
      const scope = { workspaceId: c.workspaceId, claimId: settled.id };
      await setFinalVerdict(db(), {
        actor: c.ws.editor,
        ...scope,
        input: { ratingId: await ratingId(c), summary: "So." },
      });
      await linkClaimFamily(db(), { actor: c.ws.editor, ...scope, input: { claimId: repeated.id } });
      return startFinalVerdictFromFamily(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: repeated.id,
        input: { fromClaimId: settled.id },
      });
    },
  },
  {
    action: "import fact-checks into the library",
    expected: editors,
    run: (c) =>
      importFactChecks(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        input: {
          content: JSON.stringify({ "@type": "ClaimReview", url: "https://checks.example/1", claimReviewed: SENTENCE }),
        },
      }),
  },
  {
    action: "mark a claim reviewed",
    expected: editors,
    run: async (c) => {
      const claim = await c.othersClaim();
      await db().claim.update({ where: { id: claim.id }, data: { needsReviewReason: "Its words changed." } });
      return markClaimReviewed(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        claimId: claim.id,
        input: { version: claim.version },
      });
    },
  },
  {
    action: "assign an article",
    expected: editors,
    run: (c) =>
      createAssignments(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        input: { articleId: c.article.articleId, assigneeIds: [c.ws.reviewer2.userId] },
      }),
  },
  {
    action: "complete someone else's assignment",
    expected: editors,
    run: async (c) => {
      const [assignment] = await createAssignments(db(), {
        actor: c.ws.editor,
        workspaceId: c.workspaceId,
        input: { articleId: c.article.articleId, assigneeIds: [c.ws.reviewer2.userId] },
      });
      return completeAssignment(db(), { actor: c.actor, workspaceId: c.workspaceId, assignmentId: assignment!.id });
    },
  },
  {
    action: "mark one's own assignment done",
    expected: reviewers,
    run: async (c) => {
      // Written directly: a viewer cannot be assigned through the use case, yet must be refused here.
      const assignment = await db().assignment.create({
        data: {
          workspaceId: c.ws.workspace.id,
          articleId: c.article.articleId,
          assigneeId: c.actor.userId,
          assignedById: c.ws.editor.userId,
        },
      });
      return completeAssignment(db(), { actor: c.actor, workspaceId: c.workspaceId, assignmentId: assignment.id });
    },
  },
  {
    action: "list assignments",
    expected: everyone,
    run: (c) => listAssignments(db(), { actor: c.actor, workspaceId: c.workspaceId, query: { state: "open" } }),
  },
  {
    action: "withdraw an assignment",
    expected: editors,
    run: async (c) => {
      const [assignment] = await createAssignments(db(), {
        actor: c.ws.editor,
        workspaceId: c.ws.workspace.id,
        input: { articleId: c.article.articleId, assigneeIds: [c.ws.reviewer2.userId] },
      });
      return withdrawAssignment(db(), { actor: c.actor, workspaceId: c.workspaceId, assignmentId: assignment!.id });
    },
  },
  {
    action: "reassign an assignment or move its due date",
    expected: editors,
    run: async (c) => {
      const [assignment] = await createAssignments(db(), {
        actor: c.ws.editor,
        workspaceId: c.ws.workspace.id,
        input: { articleId: c.article.articleId, assigneeIds: [c.ws.reviewer2.userId] },
      });
      return updateAssignment(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        assignmentId: assignment!.id,
        input: { assigneeId: c.ws.reviewer.userId, dueAt: "2026-12-31", version: assignment!.version },
      });
    },
  },
  {
    action: "import annotations",
    expected: reviewers,
    run: (c) =>
      importAnnotations(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        articleId: c.article.articleId,
        input: {
          "@context": "http://www.w3.org/ns/anno.jsonld",
          type: "Annotation",
          id: `urn:test:${c.actor.userId}`,
          target: { selector: [{ type: "TextQuoteSelector", exact: "a white elephant" }] },
        },
      }),
  },
  {
    action: "dismiss a suggestion",
    expected: reviewers,
    run: (c) =>
      dismissSuggestion(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        articleId: c.article.articleId,
        input: { text: SENTENCE },
      }),
  },
  {
    action: "add a rating to the scale",
    expected: admins,
    run: (c) =>
      addRating(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        input: {
          label: `Satire ${c.actor.userId.slice(-6)}`,
          color: "#334455",
          ordinal: false,
          claimReviewName: "Satire",
        },
      }),
  },
  {
    action: "change workspace settings",
    expected: admins,
    run: async (c) => {
      const { version } = await db().workspace.findUniqueOrThrow({
        where: { id: c.workspaceId },
        select: { version: true },
      });
      return updateWorkspaceSettings(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        input: { name: "Renamed desk", blindReview: true, version },
      });
    },
  },
  {
    action: "invite a member",
    expected: admins,
    run: (c) =>
      inviteMember(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        input: { email: `new.${c.actor.userId}@example.test`, role: "reviewer" },
      }),
  },
  {
    action: "change a member's role",
    expected: admins,
    run: async (c) => {
      const membership = await db().membership.findFirstOrThrow({
        where: { workspaceId: c.workspaceId, userId: c.ws.reviewer2.userId },
        select: { id: true, version: true },
      });
      return changeMemberRole(db(), {
        actor: c.actor,
        workspaceId: c.workspaceId,
        input: { membershipId: membership.id, role: "reviewer", version: membership.version },
      });
    },
  },
  {
    action: "remove a member",
    expected: admins,
    run: async (c) => {
      const membership = await db().membership.findFirstOrThrow({
        where: { workspaceId: c.workspaceId, userId: c.ws.reviewer2.userId },
        select: { id: true },
      });
      return removeMember(db(), { actor: c.actor, workspaceId: c.workspaceId, membershipId: membership.id });
    },
  },
  // Admins pass the permission check; the empty body is then refused as a backup (422).
  {
    action: "restore a backup",
    expected: roles("unprocessable", "forbidden", "forbidden", "forbidden"),
    run: (c) => restoreBackup(db(), { actor: c.actor, workspaceId: c.workspaceId, input: {} }),
  },
];

const SOURCE = {
  url: "https://budget.example.gov/2024",
  title: "Budget 2024",
  publisher: "Ministry of Finance",
  stance: "supports" as const,
};

async function othersNote(c: Context): Promise<string> {
  const note = await createNote(db(), {
    actor: c.ws.reviewer2,
    workspaceId: c.workspaceId,
    claimId: (await c.othersClaim()).id,
    input: { body: "Mine." },
  });
  return note.id;
}

async function othersSource(c: Context): Promise<string> {
  const source = await addSource(db(), {
    actor: c.ws.reviewer2,
    workspaceId: c.workspaceId,
    claimId: (await c.othersClaim()).id,
    input: SOURCE,
  });
  return source.id;
}

/** Someone else's claim, deleted by an editor: its trash item's id. */
async function trashedClaim(c: Context): Promise<string> {
  const claim = await c.othersClaim();
  await deleteClaim(db(), { actor: c.ws.editor, workspaceId: c.workspaceId, claimId: claim.id, input: { version: 1 } });
  return (await db().trashItem.findUniqueOrThrow({ where: { entityId: claim.id }, select: { id: true } })).id;
}

async function ratingId(c: Context): Promise<string> {
  return (await loadRatingScale(db(), c.workspaceId))[0]!.id;
}

async function outcomeOf(work: Promise<unknown>): Promise<Outcome> {
  try {
    await work;
    return "ok";
  } catch (error) {
    const appError = toAppError(error);
    if (appError) return appError.code;
    throw error;
  }
}

async function freshWorkspace() {
  const ws = await makeWorkspace(db());
  const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, PARAGRAPHS);
  return { ...ws, article };
}

describe("permission matrix (every action, every role)", () => {
  // Each role acts in a fresh workspace, so one role's accepted write (a removed member, a
  // revised article) cannot change the next role's outcome.
  it.each(CASES.map((testCase) => [testCase.action, testCase] as const))("%s", async (_, testCase) => {
    const actual: Partial<Record<Who, Outcome>> = {};
    for (const who of WHO) {
      const ws = await freshWorkspace();
      const mark = (actorId: string) => () =>
        createClaim(db(), {
          actor: { userId: actorId },
          workspaceId: ws.workspace.id,
          articleId: ws.article.articleId,
          input: { revisionId: ws.article.revisionId, ...rangeOf(ws.article.text, SENTENCE) },
        });
      const actor = ws[who];
      const ctx: Context = {
        ws,
        article: ws.article,
        actor,
        workspaceId: ws.workspace.id,
        othersClaim: mark(ws.reviewer2.userId),
        ownClaim: mark(actor.userId),
      };
      actual[who] = await outcomeOf(testCase.run(ctx));
    }
    expect(actual).toEqual(testCase.expected);
  });

  it("refuses every action to a member of another workspace who names their own workspace's id with this one's resources", async () => {
    const ws = await freshWorkspace();
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: ws.article.articleId,
      input: { revisionId: ws.article.revisionId, ...rangeOf(ws.article.text, SENTENCE) },
    });
    const asOutsider = { actor: ws.outsider, workspaceId: ws.otherWorkspace.id };
    expect(await outcomeOf(createNote(db(), { ...asOutsider, claimId: claim.id, input: { body: "Sneaky" } }))).toBe(
      "not_found",
    );
    expect(await outcomeOf(getArticle(db(), { ...asOutsider, articleId: ws.article.articleId }))).toBe("not_found");
    expect(await outcomeOf(deleteClaim(db(), { ...asOutsider, claimId: claim.id, input: { version: 1 } }))).toBe(
      "not_found",
    );
    expect(await db().note.count({ where: { claimId: claim.id } })).toBe(0);
  });
});
