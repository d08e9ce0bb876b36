// JSON nested deeper than any body Margin accepts is refused before it is parsed: recursive code
// (validation, NUL checks) would otherwise run out of stack on thousands of levels and answer 500.
import { AppError } from "../errors/app-error";

/** The deepest nesting of objects and arrays any request body of Margin's needs, with room to spare. */
export const MAX_JSON_DEPTH = 64;

/** Throws a 400 when `text` (JSON) nests objects and arrays deeper than `maxDepth`; strings are skipped. */
export function assertJsonDepth(text: string, maxDepth = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth)
        throw new AppError("bad_request", `The JSON is nested more than ${maxDepth} levels deep.`);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}
