import { assertActor, type Actor } from "../auth/actor";
import { AppError } from "../errors/app-error";

/** Tokens cannot mint or revoke tokens: only a signed-in person can. */
export function assertSessionActor(actor: Actor) {
  assertActor(actor);
  if (actor.token) throw new AppError("forbidden", "API tokens are managed from your settings page, not with a token.");
}
