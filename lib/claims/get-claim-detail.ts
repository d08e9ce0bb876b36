// One claim with everything the side panel shows: notes (threaded), sources, tags. Verdicts are
// added by the verdict module, which applies blind review.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan, can } from "../permissions/can";
import { parseProvenance, type Provenance } from "../provenance/provenance";
import { getMemberActor } from "../workspaces/get-member-actor";
import type { ClaimVerdicts } from "../verdicts/list-claim-verdicts";
import type { ClaimStatus } from "./claim-status";
import { claimForDeletion } from "./others-work-on-claim";
import { claimAppearanceOf } from "./set-claim-appearance";

export interface NoteView {
  id: string;
  body: string;
  replyToId: string | null;
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  edited: boolean;
  version: number;
  tags: string[];
  canEdit: boolean;
  canDelete: boolean;
  /** Set on a thread someone marked resolved (the resolver is null once their account is gone). */
  resolved: { at: string; by: { id: string; name: string } | null } | null;
  canResolve: boolean;
  /** What an imported file said about the note's origin; null for notes written here. */
  provenance: Provenance | null;
}

export interface SourceView {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: "supports" | "refutes" | "context";
  accessedAt: string | null;
  archivedUrl: string | null;
  addedBy: { id: string; name: string };
  createdAt: string;
  version: number;
  canEdit: boolean;
  canDelete: boolean;
  provenance: Provenance | null;
}

export async function getClaimDetail(db: Db, options: { actor: Actor; workspaceId: string; claimId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, workspaceId: options.workspaceId },
    select: {
      id: true,
      articleId: true,
      revisionId: true,
      exact: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
      status: true,
      anchorState: true,
      anchorConfidence: true,
      needsReviewReason: true,
      claimantName: true,
      claimantType: true,
      claimDate: true,
      appearanceUrl: true,
      version: true,
      createdAt: true,
      provenance: true,
      createdBy: { select: { id: true, name: true } },
      finalVerdict: { select: { published: true } },
      tags: { select: { tag: { select: { name: true } } } },
      notes: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          body: true,
          replyToId: true,
          createdAt: true,
          updatedAt: true,
          deletedAt: true,
          version: true,
          provenance: true,
          resolvedAt: true,
          resolvedBy: { select: { id: true, name: true } },
          author: { select: { id: true, name: true } },
          tags: { select: { tag: { select: { name: true } } } },
        },
      },
      sources: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          url: true,
          title: true,
          publisher: true,
          excerpt: true,
          stance: true,
          accessedAt: true,
          archivedUrl: true,
          createdAt: true,
          version: true,
          provenance: true,
          addedBy: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!claim) throw new AppError("not_found", "Claim not found.");
  const notes: NoteView[] = claim.notes.map((note) => ({
    id: note.id,
    body: note.deletedAt ? "" : note.body,
    replyToId: note.replyToId,
    author: note.author,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    deleted: note.deletedAt !== null,
    edited: note.version > 1 && !note.deletedAt,
    version: note.version,
    tags: note.tags.map((t) => t.tag.name),
    canEdit: !note.deletedAt && can(member, "note.update", { ownerId: note.author.id }),
    canDelete: !note.deletedAt && can(member, "note.delete", { ownerId: note.author.id }),
    resolved: note.resolvedAt ? { at: note.resolvedAt.toISOString(), by: note.resolvedBy } : null,
    canResolve: !note.deletedAt && !note.replyToId && can(member, "note.resolve", { ownerId: note.author.id }),
    provenance: note.deletedAt ? null : parseProvenance(note.provenance),
  }));
  const sources: SourceView[] = claim.sources.map((source) => ({
    ...source,
    stance: source.stance as SourceView["stance"],
    accessedAt: source.accessedAt?.toISOString() ?? null,
    createdAt: source.createdAt.toISOString(),
    canEdit: can(member, "source.update", { ownerId: source.addedBy.id }),
    canDelete: can(member, "source.delete", { ownerId: source.addedBy.id }),
    provenance: parseProvenance(source.provenance),
  }));
  const deletion = await claimForDeletion(db, member, { id: claim.id, createdById: claim.createdBy.id });
  return {
    claim: {
      id: claim.id,
      articleId: claim.articleId,
      revisionId: claim.revisionId,
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      status: claim.status as ClaimStatus,
      anchorState: claim.anchorState,
      anchorConfidence: claim.anchorConfidence,
      /** Why the claim needs another look (its words changed after its verdict was published), or null. */
      needsReviewReason: claim.needsReviewReason,
      /** Who made the claim, where and when it appeared (appearanceUrl null: the article's URL). */
      ...claimAppearanceOf(claim),
      version: claim.version,
      createdAt: claim.createdAt.toISOString(),
      createdBy: claim.createdBy,
      tags: claim.tags.map((t) => t.tag.name).sort(),
      // A published final verdict locks the claim, whoever asks.
      canDelete: !claim.finalVerdict?.published && can(member, "claim.delete", deletion),
      provenance: parseProvenance(claim.provenance),
    },
    notes,
    sources,
    permissions: {
      canNote: can(member, "note.create"),
      canAddSource: can(member, "source.create"),
      canTag: can(member, "tag.create"),
      canMarkReviewed: can(member, "final_verdict.publish"),
      canEditAppearance: can(member, "claim.update", { ownerId: claim.createdBy.id }),
    },
  };
}

/** What the reader's side panel receives for one claim (the API adds the verdicts the reader may see). */
export type ClaimDetail = Awaited<ReturnType<typeof getClaimDetail>> & { verdicts: ClaimVerdicts };
