"use server";

// The reader's writes. Each action hands raw input to one data-layer function, which checks
// membership, role and input; the wrapper turns refusals into messages for the page.
import { headers } from "next/headers";
import { authedAction } from "@/lib/actions/authed-action";
import { linkClaimFamily } from "@/lib/claim-memory/link-claim-family";
import { unlinkClaimFamily } from "@/lib/claim-memory/unlink-claim-family";
import { dismissSuggestion } from "@/lib/claim-suggestions/dismiss-suggestion";
import { listArticleSuggestions } from "@/lib/claim-suggestions/list-article-suggestions";
import { reattachClaim } from "@/lib/claims/reattach-claim";
import { AppError } from "@/lib/errors/app-error";
import { claimReviewSnippet } from "@/lib/exports/claim-review-snippet";
import { appOrigin } from "@/lib/http/app-origin";
import { importAnnotations } from "@/lib/annotation-import/import-annotations";
import { completeAssignment } from "@/lib/assignments/complete-assignment";
import { createAssignments } from "@/lib/assignments/create-assignments";
import { updateAssignment } from "@/lib/assignments/update-assignment";
import { withdrawAssignment } from "@/lib/assignments/withdraw-assignment";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { markClaimReviewed } from "@/lib/claims/mark-claim-reviewed";
import { setClaimAppearance } from "@/lib/claims/set-claim-appearance";
import { setClaimTags } from "@/lib/claims/set-claim-tags";
import { getDb } from "@/lib/db/client";
import { assertJsonDepth } from "@/lib/http/json-depth";
import { createNote } from "@/lib/notes/create-note";
import { deleteNote } from "@/lib/notes/delete-note";
import { setNoteThreadResolved } from "@/lib/notes/set-note-thread-resolved";
import { updateNote } from "@/lib/notes/update-note";
import { addSource } from "@/lib/sources/add-source";
import { removeSource } from "@/lib/sources/remove-source";
import { updateSource } from "@/lib/sources/update-source";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "@/lib/verdicts/set-final-verdict";
import { startFinalVerdictFromFamily } from "@/lib/verdicts/start-final-verdict-from-family";

export const createClaimAction = authedAction(async (actor, workspaceId: string, articleId: string, input: unknown) =>
  createClaim(getDb(), { actor, workspaceId, articleId, input }),
);

export const setClaimTagsAction = authedAction(async (actor, workspaceId: string, claimId: string, input: unknown) =>
  setClaimTags(getDb(), { actor, workspaceId, claimId, input }),
);

export const setClaimAppearanceAction = authedAction(
  async (actor, workspaceId: string, claimId: string, input: unknown) =>
    setClaimAppearance(getDb(), { actor, workspaceId, claimId, input }),
);

export const deleteClaimAction = authedAction(async (actor, workspaceId: string, claimId: string, input: unknown) =>
  deleteClaim(getDb(), { actor, workspaceId, claimId, input }),
);

export const createNoteAction = authedAction(async (actor, workspaceId: string, claimId: string, input: unknown) =>
  createNote(getDb(), { actor, workspaceId, claimId, input }),
);

export const updateNoteAction = authedAction(async (actor, workspaceId: string, noteId: string, input: unknown) =>
  updateNote(getDb(), { actor, workspaceId, noteId, input }),
);

export const deleteNoteAction = authedAction(async (actor, workspaceId: string, noteId: string, input: unknown) =>
  deleteNote(getDb(), { actor, workspaceId, noteId, input }),
);

export const setNoteThreadResolvedAction = authedAction(
  async (actor, workspaceId: string, noteId: string, input: unknown) =>
    setNoteThreadResolved(getDb(), { actor, workspaceId, noteId, input }),
);

export const addSourceAction = authedAction(async (actor, workspaceId: string, claimId: string, input: unknown) =>
  addSource(getDb(), { actor, workspaceId, claimId, input }),
);

export const updateSourceAction = authedAction(async (actor, workspaceId: string, sourceId: string, input: unknown) =>
  updateSource(getDb(), { actor, workspaceId, sourceId, input }),
);

export const removeSourceAction = authedAction(async (actor, workspaceId: string, sourceId: string, input: unknown) =>
  removeSource(getDb(), { actor, workspaceId, sourceId, input }),
);

export const saveVerdictAction = authedAction(async (actor, workspaceId: string, claimId: string, input: unknown) =>
  saveVerdict(getDb(), { actor, workspaceId, claimId, input }),
);

export const setFinalVerdictAction = authedAction(async (actor, workspaceId: string, claimId: string, input: unknown) =>
  setFinalVerdict(getDb(), { actor, workspaceId, claimId, input }),
);

export const publishFinalVerdictAction = authedAction(
  async (actor, workspaceId: string, claimId: string, input: unknown) =>
    setFinalVerdictPublished(getDb(), { actor, workspaceId, claimId, input }),
);

export const markClaimReviewedAction = authedAction(
  async (actor, workspaceId: string, claimId: string, input: unknown) =>
    markClaimReviewed(getDb(), { actor, workspaceId, claimId, input }),
);

export const linkClaimFamilyAction = authedAction(async (actor, workspaceId: string, claimId: string, input: unknown) =>
  linkClaimFamily(getDb(), { actor, workspaceId, claimId, input }),
);

export const unlinkClaimFamilyAction = authedAction(async (actor, workspaceId: string, claimId: string) =>
  unlinkClaimFamily(getDb(), { actor, workspaceId, claimId }),
);

export const startFinalVerdictFromFamilyAction = authedAction(
  async (actor, workspaceId: string, claimId: string, input: unknown) =>
    startFinalVerdictFromFamily(getDb(), { actor, workspaceId, claimId, input }),
);

export const createAssignmentsAction = authedAction(async (actor, workspaceId: string, input: unknown) =>
  createAssignments(getDb(), { actor, workspaceId, input }),
);

export const completeAssignmentAction = authedAction(async (actor, workspaceId: string, assignmentId: string) =>
  completeAssignment(getDb(), { actor, workspaceId, assignmentId }),
);

export const withdrawAssignmentAction = authedAction(async (actor, workspaceId: string, assignmentId: string) =>
  withdrawAssignment(getDb(), { actor, workspaceId, assignmentId }),
);

export const updateAssignmentAction = authedAction(
  async (actor, workspaceId: string, assignmentId: string, input: unknown) =>
    updateAssignment(getDb(), { actor, workspaceId, assignmentId, input }),
);

export const importAnnotationsAction = authedAction(
  async (actor, workspaceId: string, articleId: string, fileText: string) => {
    let input: unknown;
    assertJsonDepth(String(fileText));
    try {
      input = JSON.parse(fileText);
    } catch {
      throw new AppError("validation_failed", "The file is not valid JSON.");
    }
    return importAnnotations(getDb(), { actor, workspaceId, articleId, input });
  },
);

export const claimReviewSnippetAction = authedAction(async (actor, workspaceId: string, claimId: string) => {
  const origin = appOrigin(await headers());
  return claimReviewSnippet(getDb(), { actor, workspaceId, claimId, origin });
});

export const listSuggestionsAction = authedAction(async (actor, workspaceId: string, articleId: string) =>
  listArticleSuggestions(getDb(), { actor, workspaceId, articleId }),
);

export const dismissSuggestionAction = authedAction(
  async (actor, workspaceId: string, articleId: string, text: string) =>
    dismissSuggestion(getDb(), { actor, workspaceId, articleId, input: { text } }),
);

export const reattachClaimAction = authedAction(async (actor, workspaceId: string, claimId: string, input: unknown) =>
  reattachClaim(getDb(), { actor, workspaceId, claimId, input }),
);
