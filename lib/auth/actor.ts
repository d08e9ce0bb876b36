// Who is acting. Built only from a verified session or API token, never from request input.
import { AppError } from "../errors/app-error";

export interface Actor {
  userId: string;
  /** Present when the request authenticated with a session cookie: the Session row it names. */
  sessionId?: string;
  /** Present when the request authenticated with a personal API token. */
  token?: {
    id: string;
    workspaceId: string;
    scope: "read" | "read_write";
    /**
     * The owner's role in the token's workspace, read from the database together with the token
     * for this request (null: no longer a member). Absent: getMemberActor looks the membership up.
     * An actor lives for one request, so this is never an older answer than a look-up would give.
     */
    memberRole?: string | null;
  };
}

/** Throws before any query is built: a filter on a missing user id would be ignored by Prisma. */
export function assertActor(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor || typeof actor.userId !== "string" || actor.userId.length === 0) {
    throw new AppError("unauthenticated", "Sign in to continue.");
  }
}
