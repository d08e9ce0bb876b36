// The public API's routes, described once: the OpenAPI document and the API reference page are
// both generated from this list and from the same zod schemas that validate requests.
import { z } from "zod";
import {
  archiveArticleSchema,
  deleteArticleSchema,
  importArticleSchema,
  importArticleUrlSchema,
  listArticlesQuerySchema,
  reviseArticleSchema,
  updateArticleMetadataSchema,
} from "../articles/schemas";
import { createAssignmentSchema, listAssignmentsQuerySchema, updateAssignmentSchema } from "../assignments/schemas";
import { backupSchema } from "../backup/backup-schema";
import {
  articleClaimsQuerySchema,
  createClaimFromSelectorsSchema,
  deleteClaimSchema,
  markClaimReviewedSchema,
  reattachClaimSchema,
  setClaimAppearanceSchema,
  setClaimTagsSchema,
} from "../claims/schemas";
import {
  linkClaimFamilySchema,
  similarClaimsQuerySchema,
  startFinalVerdictFromFamilySchema,
} from "../claim-memory/schemas";
import { exportQuerySchema } from "../exports/schemas";
import { importFactChecksSchema, listFactChecksQuerySchema } from "../fact-check-library/schemas";
import { pageQuerySchema } from "../http/responses";
import { importReportResponse } from "../annotation-import/response-schemas";
import {
  articleArchivedResponse,
  articleCreatedResponse,
  articleDetailResponse,
  articleListItemResponse,
  articleMetadataResponse,
  reanchorReportResponse,
  revisionListItemResponse,
} from "../articles/response-schemas";
import {
  assignmentCreatedResponse,
  assignmentItemResponse,
  assignmentRecordResponse,
} from "../assignments/response-schemas";
import { historyEntryResponse } from "../audit/response-schemas";
import { restoreClearedResponse, restoreSummaryResponse } from "../backup/response-schemas";
import { claimFamilyResponse, similarClaimResponse } from "../claim-memory/response-schemas";
import { factCheckImportResponse, factCheckListResponse } from "../fact-check-library/response-schemas";
import {
  claimCreatedResponse,
  claimDetailResponse,
  claimRecordResponse,
  claimReviewedResponse,
  claimSummaryResponse,
  claimAppearanceResponse,
  claimTagsResponse,
} from "../claims/response-schemas";
import {
  annotationCollectionResponse,
  annotationResponse,
  createdAnnotationResponse,
} from "../exports/response-schemas";
import { dataOf, orNull, pageOf } from "../http/response-schemas";
import { noteRecordResponse, noteResolutionResponse, noteViewResponse } from "../notes/response-schemas";
import {
  notificationPageResponse,
  notificationsMarkedResponse,
  unreadCountResponse,
} from "../notifications/response-schemas";
import { ratingResponse } from "../ratings/response-schemas";
import { searchResponse } from "../search/response-schemas";
import { sourceRecordResponse, sourceViewResponse } from "../sources/response-schemas";
import { trashItemResponse, trashRestoredResponse } from "../trash/response-schemas";
import {
  claimVerdictsResponse,
  finalVerdictViewResponse,
  savedFinalVerdictResponse,
  savedVerdictResponse,
} from "../verdicts/response-schemas";
import { memberResponse, workspaceSummaryResponse } from "../workspaces/response-schemas";
import { createNoteSchema, deleteNoteSchema, setNoteThreadResolvedSchema, updateNoteSchema } from "../notes/schemas";
import { listNotificationsQuerySchema, markNotificationsReadSchema } from "../notifications/schemas";
import { searchWorkspaceSchema } from "../search/schemas";
import { removeSourceSchema, sourceFieldsSchema, updateSourceSchema } from "../sources/schemas";
import { publishFinalVerdictSchema, saveVerdictSchema, setFinalVerdictSchema } from "../verdicts/schemas";

export interface ApiRoute {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  summary: string;
  tag: string;
  write?: boolean;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** Larger bodies are refused with 413; default DEFAULT_BODY_LIMIT_BYTES (1 MiB). */
  bodyLimitBytes?: number;
  status: number;
  /** What a success answers (absent: 204, or a stream described by responseType). */
  response?: z.ZodType;
  responseType?: string;
  /** false: a write to the caller's own state (notifications read) that the audit log does not keep. */
  audited?: false;
}

const W = "/api/v1/workspaces/{workspaceId}";
/** DELETE takes the version it saw as a JSON body or, for clients that send no body with DELETE, here. */
const versionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe("the version you saw: send it here or as the JSON body { version }"),
});
const eventsQuery = z.object({
  lastEventId: z.string().optional().describe("the last event id you received (or send the Last-Event-ID header)"),
});
const annotationsQuery = z.object({
  page: z.coerce.number().int().min(0).optional().describe("omit for the collection"),
});
const anything = z
  .record(z.string(), z.unknown())
  .describe("W3C Web Annotation JSON (Annotation, AnnotationPage, AnnotationCollection) or a Hypothesis export");

export const API_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/workspaces",
    summary: "Workspaces you belong to (a token: its own)",
    tag: "Workspaces",
    status: 200,
    response: dataOf(z.array(workspaceSummaryResponse)),
  },
  {
    method: "GET",
    path: `${W}/ratings`,
    summary:
      "The rating scale in order (id, label, colour, position, ClaimReview name and numeric value): the ratingId verdicts take",
    tag: "Workspaces",
    status: 200,
    response: dataOf(z.array(ratingResponse)),
  },
  {
    method: "GET",
    path: `${W}/members`,
    summary: "Members with their role, longest-standing first (e-mail addresses for admins only)",
    tag: "Workspaces",
    query: pageQuerySchema,
    status: 200,
    response: pageOf(memberResponse),
  },
  {
    method: "GET",
    path: `${W}/articles`,
    summary: "List articles, newest first (?archived=true: the archived ones)",
    tag: "Articles",
    query: listArticlesQuerySchema,
    status: 200,
    response: pageOf(articleListItemResponse),
  },
  {
    method: "POST",
    path: `${W}/articles`,
    summary: "Create an article from text, Markdown or HTML",
    tag: "Articles",
    body: importArticleSchema,
    bodyLimitBytes: 3 * 1024 * 1024,
    write: true,
    status: 201,
    response: dataOf(articleCreatedResponse),
  },
  {
    method: "POST",
    path: `${W}/articles/from-url`,
    summary:
      "Fetch a web page on the server and create an article from it (public addresses only unless the server allows more)",
    tag: "Articles",
    body: importArticleUrlSchema,
    write: true,
    status: 201,
    response: dataOf(articleCreatedResponse),
  },
  {
    method: "GET",
    path: `${W}/articles/{articleId}`,
    summary: "An article with its current revision and claims",
    tag: "Articles",
    status: 200,
    response: dataOf(articleDetailResponse),
  },
  {
    method: "PATCH",
    path: `${W}/articles/{articleId}`,
    summary: "Fix an article's metadata (editors)",
    tag: "Articles",
    body: updateArticleMetadataSchema,
    write: true,
    status: 200,
    response: dataOf(articleMetadataResponse),
  },
  {
    method: "DELETE",
    path: `${W}/articles/{articleId}`,
    summary: "Move an article to the trash (editors; restorable for 30 days; body or ?version=)",
    tag: "Articles",
    body: deleteArticleSchema,
    query: versionQuery,
    write: true,
    status: 204,
  },
  {
    method: "POST",
    path: `${W}/articles/{articleId}/archive`,
    summary: "Archive an article (out of the list, still readable and exported) or unarchive it (editors)",
    tag: "Articles",
    body: archiveArticleSchema,
    write: true,
    status: 200,
    response: dataOf(articleArchivedResponse),
  },
  {
    method: "GET",
    path: `${W}/articles/{articleId}/revisions`,
    summary: "The article's revisions, newest first",
    tag: "Articles",
    status: 200,
    response: dataOf(z.array(revisionListItemResponse)),
  },
  {
    method: "POST",
    path: `${W}/articles/{articleId}/revisions`,
    summary: "Save new text as a new revision; every claim is re-anchored (answers with the report)",
    tag: "Articles",
    body: reviseArticleSchema,
    bodyLimitBytes: 3 * 1024 * 1024,
    write: true,
    status: 200,
    response: dataOf(reanchorReportResponse),
  },
  {
    method: "POST",
    path: `${W}/claims/{claimId}/reattach`,
    summary: "Re-attach a claim (e.g. orphaned) to a range of the current revision",
    tag: "Claims",
    body: reattachClaimSchema,
    write: true,
    status: 200,
    response: dataOf(claimRecordResponse),
  },
  {
    method: "POST",
    path: `${W}/claims/{claimId}/mark-reviewed`,
    summary: 'Clear a claim\'s "needs re-review" flag after an edit unpublished its final verdict (editors)',
    tag: "Claims",
    body: markClaimReviewedSchema,
    write: true,
    status: 200,
    response: dataOf(claimReviewedResponse),
  },
  {
    method: "GET",
    path: `${W}/articles/{articleId}/claims`,
    summary: "Claims of an article, in reading order",
    tag: "Claims",
    query: articleClaimsQuerySchema,
    status: 200,
    response: dataOf(z.array(claimSummaryResponse)),
  },
  {
    method: "POST",
    path: `${W}/articles/{articleId}/claims`,
    summary: "Create a claim from W3C selectors (anchored in the current text)",
    tag: "Claims",
    body: createClaimFromSelectorsSchema,
    write: true,
    status: 201,
    response: dataOf(claimCreatedResponse),
  },
  {
    method: "GET",
    path: `${W}/articles/{articleId}/events`,
    summary: "Live event stream (server-sent events: change, presence); send Last-Event-ID to catch up",
    tag: "Live",
    query: eventsQuery,
    status: 200,
    responseType: "text/event-stream",
  },
  {
    method: "POST",
    path: `${W}/articles/{articleId}/imports`,
    summary: "Import W3C Web Annotations or a Hypothesis export into the article",
    tag: "Import",
    body: anything,
    bodyLimitBytes: 20 * 1024 * 1024,
    write: true,
    status: 200,
    response: dataOf(importReportResponse),
  },
  {
    method: "GET",
    path: `${W}/claims/{claimId}`,
    summary: "A claim with notes, sources and the verdicts you may see",
    tag: "Claims",
    status: 200,
    response: dataOf(claimDetailResponse),
  },
  {
    method: "PATCH",
    path: `${W}/claims/{claimId}`,
    summary: "Add or remove a claim's tags (concurrent changes merge), or replace them all with a version",
    tag: "Claims",
    body: setClaimTagsSchema,
    write: true,
    status: 200,
    response: dataOf(claimTagsResponse),
  },
  {
    method: "PUT",
    path: `${W}/claims/{claimId}/appearance`,
    summary:
      "Set who made the claim and where and when it appeared: { claimantName, claimantType, claimDate, appearanceUrl, version } (the claim's author, editors)",
    tag: "Claims",
    body: setClaimAppearanceSchema,
    write: true,
    status: 200,
    response: dataOf(claimAppearanceResponse),
  },
  {
    method: "DELETE",
    path: `${W}/claims/{claimId}`,
    summary: "Move a claim with all on it to the trash (restorable for 30 days; body or ?version=)",
    tag: "Claims",
    body: deleteClaimSchema,
    query: versionQuery,
    write: true,
    status: 204,
  },
  {
    method: "GET",
    path: `${W}/claims/{claimId}/history`,
    summary:
      "A claim's timeline from the audit log (blind review redacts others' verdicts; deleted work is redacted for all but admins)",
    tag: "Claims",
    status: 200,
    response: dataOf(z.array(historyEntryResponse)),
  },
  {
    method: "GET",
    path: `${W}/claims/{claimId}/similar`,
    summary:
      "Claims of this workspace likely the same as this one (other articles, or elsewhere in this one), best first, with score, reasons and final verdict",
    tag: "Claims",
    query: similarClaimsQuerySchema,
    status: 200,
    response: dataOf(z.array(similarClaimResponse)),
  },
  {
    method: "GET",
    path: `${W}/claims/{claimId}/family`,
    summary:
      "The claims confirmed as the same as this one, with their final verdicts, the reviewers' verdicts blind review lets you see, and sources",
    tag: "Claims",
    status: 200,
    response: dataOf(claimFamilyResponse),
  },
  {
    method: "POST",
    path: `${W}/claims/{claimId}/family`,
    summary:
      'Confirm "same claim as" another claim of the workspace (reviewers): both join one family; answers the family',
    tag: "Claims",
    body: linkClaimFamilySchema,
    write: true,
    status: 200,
    response: dataOf(claimFamilyResponse),
  },
  {
    method: "DELETE",
    path: `${W}/claims/{claimId}/family`,
    summary: 'Take the claim out of its family (undo "same claim as")',
    tag: "Claims",
    write: true,
    status: 204,
  },
  {
    method: "GET",
    path: `${W}/library`,
    summary: "The workspace's library of other fact-checkers' ClaimReviews, most recently published first",
    tag: "Claims",
    query: listFactChecksQuerySchema,
    status: 200,
    response: dataOf(factCheckListResponse),
  },
  {
    method: "POST",
    path: `${W}/library`,
    summary:
      "Import schema.org ClaimReviews (editors): a JSON-LD document or page as { content }, or a feed address as { url } the server fetches; idempotent by review address",
    tag: "Claims",
    body: importFactChecksSchema,
    bodyLimitBytes: 6 * 1024 * 1024,
    write: true,
    status: 200,
    response: dataOf(factCheckImportResponse),
  },
  {
    method: "GET",
    path: `${W}/claims/{claimId}/notes`,
    summary: "Notes of a claim",
    tag: "Notes",
    query: pageQuerySchema,
    status: 200,
    response: pageOf(noteViewResponse),
  },
  {
    method: "POST",
    path: `${W}/claims/{claimId}/notes`,
    summary: "Add a note or a reply (Markdown)",
    tag: "Notes",
    body: createNoteSchema,
    write: true,
    status: 201,
    response: dataOf(noteRecordResponse),
  },
  {
    method: "PATCH",
    path: `${W}/notes/{noteId}`,
    summary: "Edit your note",
    tag: "Notes",
    body: updateNoteSchema,
    write: true,
    status: 200,
    response: dataOf(noteRecordResponse),
  },
  {
    method: "DELETE",
    path: `${W}/notes/{noteId}`,
    summary: "Move a note to the trash (yours; editors: anyone's); one with replies stays as a tombstone",
    tag: "Notes",
    body: deleteNoteSchema,
    query: versionQuery,
    write: true,
    status: 204,
  },
  {
    method: "PUT",
    path: `${W}/notes/{noteId}/resolution`,
    summary: "Mark a thread (a top-level note) resolved or reopen it: { resolved } (its author, editors)",
    tag: "Notes",
    body: setNoteThreadResolvedSchema,
    write: true,
    status: 200,
    response: dataOf(noteResolutionResponse),
  },
  {
    method: "GET",
    path: `${W}/claims/{claimId}/sources`,
    summary: "Sources of a claim",
    tag: "Sources",
    query: pageQuerySchema,
    status: 200,
    response: pageOf(sourceViewResponse),
  },
  {
    method: "POST",
    path: `${W}/claims/{claimId}/sources`,
    summary: "Add a source",
    tag: "Sources",
    body: sourceFieldsSchema,
    write: true,
    status: 201,
    response: dataOf(sourceRecordResponse),
  },
  {
    method: "PATCH",
    path: `${W}/sources/{sourceId}`,
    summary: "Edit a source",
    tag: "Sources",
    body: updateSourceSchema,
    write: true,
    status: 200,
    response: dataOf(sourceRecordResponse),
  },
  {
    method: "DELETE",
    path: `${W}/sources/{sourceId}`,
    summary: "Move a source to the trash (restorable for 30 days)",
    tag: "Sources",
    body: removeSourceSchema,
    query: versionQuery,
    write: true,
    status: 204,
  },
  {
    method: "GET",
    path: `${W}/claims/{claimId}/verdicts`,
    summary: "Your verdict, and others' when blind review allows",
    tag: "Verdicts",
    status: 200,
    response: dataOf(claimVerdictsResponse),
  },
  {
    method: "PUT",
    path: `${W}/claims/{claimId}/verdicts`,
    summary: "Save your verdict (draft or submitted); send the version you edited",
    tag: "Verdicts",
    body: saveVerdictSchema,
    write: true,
    status: 200,
    response: dataOf(savedVerdictResponse),
  },
  {
    method: "GET",
    path: `${W}/claims/{claimId}/final-verdict`,
    summary: "The final verdict",
    tag: "Verdicts",
    status: 200,
    response: dataOf(orNull(finalVerdictViewResponse)),
  },
  {
    method: "POST",
    path: `${W}/claims/{claimId}/final-verdict/from-family`,
    summary:
      "Start the claim's final verdict from the final verdict of a claim of its family (editors): a copy that records where it came from",
    tag: "Verdicts",
    body: startFinalVerdictFromFamilySchema,
    write: true,
    status: 201,
    response: dataOf(savedFinalVerdictResponse),
  },
  {
    method: "PUT",
    path: `${W}/claims/{claimId}/final-verdict`,
    summary: "Set the final verdict (editors)",
    tag: "Verdicts",
    body: setFinalVerdictSchema,
    write: true,
    status: 200,
    response: dataOf(savedFinalVerdictResponse),
  },
  {
    method: "PATCH",
    path: `${W}/claims/{claimId}/final-verdict`,
    summary: "Publish or unpublish the final verdict (editors)",
    tag: "Verdicts",
    body: publishFinalVerdictSchema,
    write: true,
    status: 200,
    response: dataOf(savedFinalVerdictResponse),
  },
  {
    method: "GET",
    path: `${W}/assignments`,
    summary: "Assignments with their progress, newest first; filter by assignee (a user id or me), state, article",
    tag: "Assignments",
    query: listAssignmentsQuerySchema,
    status: 200,
    response: pageOf(assignmentItemResponse),
  },
  {
    method: "POST",
    path: `${W}/assignments`,
    summary: "Assign an article, or some of its claims, to reviewers with an optional due date (editors)",
    tag: "Assignments",
    body: createAssignmentSchema,
    write: true,
    status: 201,
    response: dataOf(z.array(assignmentCreatedResponse)),
  },
  {
    method: "PATCH",
    path: `${W}/assignments/{assignmentId}`,
    summary: "Reassign an open assignment or move its due date (editors); send the version you saw",
    tag: "Assignments",
    body: updateAssignmentSchema,
    write: true,
    status: 200,
    response: dataOf(assignmentRecordResponse),
  },
  {
    method: "POST",
    path: `${W}/assignments/{assignmentId}/complete`,
    summary: "Mark an assignment done (its assignee, or editors)",
    tag: "Assignments",
    write: true,
    status: 200,
    response: dataOf(assignmentRecordResponse),
  },
  {
    method: "POST",
    path: `${W}/assignments/{assignmentId}/withdraw`,
    summary: "Withdraw an open assignment: it leaves the assignee's queue (editors)",
    tag: "Assignments",
    write: true,
    status: 200,
    response: dataOf(assignmentRecordResponse),
  },
  {
    method: "GET",
    path: `${W}/search`,
    summary: "Full-text search over articles, claims, notes and sources",
    tag: "Search",
    query: searchWorkspaceSchema,
    status: 200,
    response: searchResponse,
  },
  {
    method: "GET",
    path: `${W}/exports`,
    summary: "Export (streamed): Markdown, CSV, Margin JSON backup (admins), W3C, ClaimReview",
    tag: "Export",
    query: exportQuerySchema,
    status: 200,
    responseType: "application/octet-stream",
  },
  {
    method: "POST",
    path: `${W}/restore`,
    summary: "Restore a Margin JSON backup into this empty workspace (admins)",
    tag: "Export",
    body: backupSchema,
    bodyLimitBytes: 512 * 1024 * 1024,
    write: true,
    status: 200,
    response: dataOf(restoreSummaryResponse),
  },
  {
    method: "DELETE",
    path: `${W}/restore`,
    summary: "Cancel a running restore, or clear an interrupted one: what it wrote is removed (admins)",
    tag: "Export",
    write: true,
    status: 200,
    response: dataOf(restoreClearedResponse),
  },
  {
    method: "GET",
    path: "/api/v1/notifications",
    summary: "Your notifications in all your workspaces (a token: its own), newest first, with the unread count",
    tag: "Notifications",
    query: listNotificationsQuerySchema,
    status: 200,
    response: notificationPageResponse,
  },
  {
    method: "GET",
    path: "/api/v1/notifications/unread-count",
    summary: "How many of your notifications are unread (what the bell shows)",
    tag: "Notifications",
    status: 200,
    response: dataOf(unreadCountResponse),
  },
  {
    method: "POST",
    path: "/api/v1/notifications/read",
    summary: "Mark your notifications read: { ids } or { all: true }; answers the unread count",
    tag: "Notifications",
    body: markNotificationsReadSchema,
    write: true,
    audited: false,
    status: 200,
    response: dataOf(notificationsMarkedResponse),
  },
  {
    method: "GET",
    path: `${W}/trash`,
    summary: "Deleted articles, claims, notes and sources, newest first, with days left (editors)",
    tag: "Trash",
    query: pageQuerySchema,
    status: 200,
    response: pageOf(trashItemResponse),
  },
  {
    method: "POST",
    path: `${W}/trash/{itemId}/restore`,
    summary: "Restore a trash item with the same ids and times (editors)",
    tag: "Trash",
    write: true,
    status: 200,
    response: dataOf(trashRestoredResponse),
  },
  {
    method: "DELETE",
    path: `${W}/trash/{itemId}`,
    summary: "Purge a trash item for good now (admins)",
    tag: "Trash",
    write: true,
    status: 204,
  },
  {
    method: "GET",
    path: `${W}/annotations`,
    summary: "The workspace's claims as a W3C AnnotationCollection, or one AnnotationPage",
    tag: "W3C annotations",
    query: annotationsQuery,
    status: 200,
    response: annotationCollectionResponse,
    responseType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  },
  {
    method: "POST",
    path: `${W}/annotations`,
    summary: "Create a claim from a W3C Annotation targeting an article (201 + Location)",
    tag: "W3C annotations",
    body: anything,
    write: true,
    status: 201,
    response: createdAnnotationResponse,
    responseType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  },
  {
    method: "GET",
    path: `${W}/annotations/{claimId}`,
    summary: "One claim as a W3C Annotation",
    tag: "W3C annotations",
    status: 200,
    response: annotationResponse,
    responseType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  },
];
