// The one place that decides who may do what. The data layer calls `assertCan` before every
// read and write; pages and route handlers never check roles themselves.
import { AppError } from "../errors/app-error";
import { roleAtLeast, type Role } from "./roles";

/** A user acting inside one workspace (resolved from their membership). */
export interface MemberActor {
  userId: string;
  workspaceId: string;
  role: Role;
  /** Set when the request came with an API token: a read token may not write. */
  tokenScope?: "read" | "read_write";
  /** A backup is being restored into the workspace: nothing else writes there until it ends. */
  restoring?: boolean;
}

interface Rule {
  /** The weakest role allowed to act on anything. */
  any: Role | null;
  /** The weakest role allowed to act on what the actor owns (authored, added, is assigned). */
  own?: Role;
  /**
   * Ownership counts only while nobody else's work hangs on the resource: a reviewer's claim
   * stops being theirs alone to delete once a colleague has added a note, source or verdict.
   */
  ownWhileAlone?: boolean;
  write: boolean;
}

/** What a rule needs to know about the resource acted on. */
export interface Resource {
  ownerId?: string | null;
  /** Whether other members' work depends on it (checked by rules with `ownWhileAlone`; unknown = yes). */
  othersWork?: boolean;
}

const RULES = {
  "workspace.read": { any: "viewer", write: false },
  "workspace.update": { any: "admin", write: true },
  "member.read": { any: "viewer", write: false },
  "member.invite": { any: "admin", write: true },
  "member.update_role": { any: "admin", write: true },
  "member.remove": { any: "admin", write: true },
  "member.issue_password_reset": { any: "admin", write: true },
  "rating_scale.update": { any: "admin", write: true },
  "article.read": { any: "viewer", write: false },
  "article.create": { any: "editor", write: true },
  "article.update": { any: "editor", write: true },
  "article.delete": { any: "editor", write: true },
  "article.archive": { any: "editor", write: true },
  "claim.create": { any: "reviewer", write: true },
  "claim.update": { any: "editor", own: "reviewer", write: true },
  "claim.delete": { any: "editor", own: "reviewer", ownWhileAlone: true, write: true },
  "claim.reanchor": { any: "reviewer", write: true },
  // Confirming "same claim as …" (or undoing it) links claims of the workspace into a family.
  "claim.family": { any: "reviewer", write: true },
  // Other fact-checkers' ClaimReviews imported into the workspace's library of known fact-checks.
  "library.import": { any: "editor", write: true },
  "note.create": { any: "reviewer", write: true },
  "note.update": { any: null, own: "reviewer", write: true },
  // Editors may delete anyone's note (moderation): they are also the ones who can restore it.
  "note.delete": { any: "editor", own: "reviewer", write: true },
  // Marking a thread resolved (or reopening it): whoever started it, or an editor.
  "note.resolve": { any: "editor", own: "reviewer", write: true },
  "source.create": { any: "reviewer", write: true },
  "source.update": { any: "editor", own: "reviewer", write: true },
  "source.delete": { any: "editor", own: "reviewer", write: true },
  "tag.create": { any: "reviewer", write: true },
  "verdict.submit": { any: null, own: "reviewer", write: true },
  "verdict.read_others": { any: "editor", write: false },
  "final_verdict.set": { any: "editor", write: true },
  "final_verdict.publish": { any: "editor", write: true },
  "assignment.create": { any: "editor", write: true },
  "assignment.read": { any: "viewer", write: false },
  "assignment.complete": { any: "editor", own: "reviewer", write: true },
  "assignment.withdraw": { any: "editor", write: true },
  "assignment.update": { any: "editor", write: true },
  "suggestion.dismiss": { any: "reviewer", write: true },
  "audit.read": { any: "viewer", write: false },
  // What the history said about work that is now deleted (in the trash, or purged).
  "audit.read_deleted": { any: "admin", write: false },
  "export.read": { any: "viewer", write: false },
  "export.backup": { any: "admin", write: false },
  "import.annotations": { any: "reviewer", write: true },
  "workspace.restore": { any: "admin", write: true },
  "trash.read": { any: "editor", write: false },
  "trash.restore": { any: "editor", write: true },
  "trash.purge": { any: "admin", write: true },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;
export const ACTIONS = Object.keys(RULES) as Action[];

export function isWriteAction(action: Action): boolean {
  return RULES[action].write;
}

/** Whether `actor` may perform `action`, on a resource owned by `ownerId` where ownership matters. */
export function can(actor: MemberActor, action: Action, resource?: Resource): boolean {
  const rule: Rule = RULES[action];
  if (rule.write && actor.tokenScope === "read") return false;
  if (rule.any && roleAtLeast(actor.role, rule.any)) return true;
  const isOwner = resource?.ownerId != null && resource.ownerId === actor.userId;
  if (rule.ownWhileAlone && resource?.othersWork !== false) return false;
  return Boolean(rule.own && isOwner && roleAtLeast(actor.role, rule.own));
}

export function assertCan(actor: MemberActor, action: Action, resource?: Resource): void {
  if (can(actor, action, resource)) {
    // A failed or cancelled restore removes what the workspace holds: nobody else's work may be in it.
    if (actor.restoring && isWriteAction(action) && action !== "workspace.restore")
      throw new AppError("locked", "A backup is being restored into this workspace: try again once it has finished.");
    return;
  }
  if (isWriteAction(action) && actor.tokenScope === "read") {
    throw new AppError("forbidden", "This API token is read-only.");
  }
  if (can(actor, action, { ...resource, othersWork: false })) {
    throw new AppError("forbidden", "Other members' notes, sources or verdicts are on it: ask an editor to do this.");
  }
  throw new AppError("forbidden", `Your role (${actor.role}) does not allow this (${action}).`);
}
