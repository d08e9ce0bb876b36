import "server-only";
// Password policy after NIST SP 800-63B: at least 10 characters, no composition rules, and
// refused when it is a known common or breached password, a keyboard pattern, a repeated or
// sequential run, or built from the person's own name or e-mail. The check runs on the server,
// offline, against the password lists zxcvbn ships (@zxcvbn-ts/language-common: common passwords
// from breach corpora, common words and names), scoring how many guesses a password would take.
import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

let configured = false;
function configure() {
  if (configured) return;
  zxcvbnOptions.setOptions({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  configured = true;
}

/** zxcvbn's score 0–4; 0 and 1 mean fewer than about a million guesses. */
const MIN_SCORE = 2;

export const WEAK_PASSWORD_MESSAGE =
  "This password is too easy to guess: it is a common or leaked password, a keyboard pattern, a repeated or sequential run, or made from your name or e-mail. A few unrelated words make a strong one.";

/** The message for a password that is too easy to guess, or null. `context`: the person's name and e-mail. */
export function weakPasswordProblem(password: string, context: string[] = []): string | null {
  configure();
  const inputs = context.flatMap((value) => [value, ...value.split(/[^\p{L}\p{N}]+/u)]).filter((v) => v.length >= 3);
  return zxcvbn(password.slice(0, 100), inputs).score < MIN_SCORE ? WEAK_PASSWORD_MESSAGE : null;
}
