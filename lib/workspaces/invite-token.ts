// Invite links are one-time links (lib/auth/one-time-token.ts).
export { newOneTimeToken as newInviteToken, hashOneTimeToken as hashInviteToken } from "../auth/one-time-token";

export const INVITE_LIFETIME_DAYS = 14;
