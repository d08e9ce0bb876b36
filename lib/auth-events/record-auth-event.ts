import "server-only";
// One entry of the account security log (AuthEvent): who signed in, from where, and what they
// did to their sessions and API tokens. Written inside the transaction of the change it records
// where there is one, so a change and its entry commit together.
import type { Db, DbTx } from "../db/client";

export type AuthEventAction =
  | "sign_in"
  | "sign_in_failed"
  | "sign_in_throttled"
  | "sign_out"
  | "session_revoked"
  | "sessions_revoked_all"
  | "api_token_created"
  | "api_token_revoked"
  | "password_changed"
  | "password_reset_requested"
  | "password_reset_issued"
  | "password_reset"
  | "account_deleted";

export interface AuthEventInput {
  action: AuthEventAction;
  userId?: string | null;
  email?: string | null;
  detail?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

const clip = (value: string | null | undefined, max: number) => (value ? value.slice(0, max) : null);

export async function recordAuthEvent(db: Db | DbTx, event: AuthEventInput): Promise<void> {
  await db.authEvent.create({
    data: {
      action: event.action,
      userId: event.userId ?? null,
      email: clip(event.email, 320),
      detail: clip(event.detail, 500),
      ip: clip(event.ip, 64),
      userAgent: clip(event.userAgent, 300),
    },
  });
}
