// Blind review, in one place. A reviewer sees others' verdicts on a claim only once they have
// submitted their own; editors and admins always see them; with blind review off, every member
// sees submitted verdicts. Drafts are only ever seen by their author. Every read path that
// returns verdicts (pages, API, exports, live events, search, history) builds on this.
import type { MemberActor } from "../permissions/can";
import { can } from "../permissions/can";

export interface VerdictVisibility {
  /** Sees every submitted verdict, whatever their own state. */
  seesAllSubmitted: boolean;
}

export function verdictVisibility(member: MemberActor, workspace: { blindReview: boolean }): VerdictVisibility {
  return { seesAllSubmitted: !workspace.blindReview || can(member, "verdict.read_others") };
}

/** A Prisma `where` for the verdicts `member` may read (combine with a claim or workspace filter). */
export function visibleVerdictsWhere(member: MemberActor, visibility: VerdictVisibility) {
  const own = { reviewerId: member.userId };
  if (visibility.seesAllSubmitted)
    return { workspaceId: member.workspaceId, OR: [own, { submittedAt: { not: null } }] };
  return {
    workspaceId: member.workspaceId,
    OR: [
      own,
      // Others' submitted verdicts on claims where the reader has submitted their own.
      {
        submittedAt: { not: null },
        claim: { verdicts: { some: { reviewerId: member.userId, submittedAt: { not: null } } } },
      },
    ],
  };
}

/** For one claim: may `member` see others' submitted verdicts, given whether they submitted theirs? */
export function canSeeOthersVerdicts(visibility: VerdictVisibility, hasSubmittedOwn: boolean): boolean {
  return visibility.seesAllSubmitted || hasSubmittedOwn;
}
