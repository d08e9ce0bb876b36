import type { AssignmentProgress } from "./assignment-progress";

/** "3/5 claims", "0/1 claim", or "no claims yet" for an article nobody has marked claims in. */
export function progressLabel(progress: AssignmentProgress): string {
  if (progress.total === 0) return "no claims yet";
  return `${progress.rated}/${progress.total} claim${progress.total === 1 ? "" : "s"}`;
}
