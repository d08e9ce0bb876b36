// A burst of concurrent API writes (notes with tags, claims with tags) that records every write
// the server acknowledged (2xx with the new row's id). The burst ends by itself once the server
// stops answering; `onAcknowledged` lets the caller kill the server mid-burst.
import type { LoadWorkspace } from "../../bench/lib/load-workspace";

export const CRASH_TAGS = ["crash-a", "crash-b"];

/** One note with the burst's tags, so concurrent first uses do not race to create them. */
export async function createCrashTags(base: string, workspace: LoadWorkspace): Promise<void> {
  const reviewer = workspace.reviewers[0]!;
  const answer = await fetch(`${base}/api/v1/workspaces/${workspace.workspaceId}/claims/${reviewer.claimId}/notes`, {
    method: "POST",
    headers: { authorization: `Bearer ${reviewer.token}`, "content-type": "application/json" },
    body: JSON.stringify({ body: "Tags for the crash test.", tags: CRASH_TAGS }),
  });
  if (answer.status !== 201)
    throw new Error(`could not create the crash test's tags (${answer.status}): ${await answer.text()}`);
}

export interface BurstResult {
  notes: string[];
  claims: string[];
  /** Requests sent that got no answer (in flight at the kill): may or may not have committed. */
  unanswered: number;
  /** Answers that were not 2xx, by status. */
  refused: Record<string, number>;
}

export async function writeBurst(options: {
  base: string;
  workspace: LoadWorkspace;
  workers: number;
  onAcknowledged: (count: number) => void;
}): Promise<BurstResult> {
  const { base, workspace } = options;
  const result: BurstResult = { notes: [], claims: [], unanswered: 0, refused: {} };
  const api = `${base}/api/v1/workspaces/${workspace.workspaceId}`;
  const worker = async (w: number) => {
    const reviewer = workspace.reviewers[w % workspace.reviewers.length]!;
    const headers = { authorization: `Bearer ${reviewer.token}`, "content-type": "application/json" };
    // Bounded: a burst the server keeps refusing must end too (the caller reports it).
    for (let n = 0; n < 400; n++) {
      const isNote = (w + n) % 2 === 0;
      const claimId = workspace.claimIds[(w + n * options.workers) % workspace.claimIds.length]!;
      const articleId = workspace.articleIds[(w + n) % workspace.articleIds.length]!;
      const start = (w * 31 + n * 7) % 1500;
      const request = isNote
        ? { url: `${api}/claims/${claimId}/notes`, body: { body: `Crash note ${w}/${n}`, tags: CRASH_TAGS } }
        : {
            url: `${api}/articles/${articleId}/claims`,
            body: { selector: [{ type: "TextPositionSelector", start, end: start + 30 }], tags: CRASH_TAGS },
          };
      let answer: Response;
      try {
        answer = await fetch(request.url, { method: "POST", headers, body: JSON.stringify(request.body) });
      } catch {
        result.unanswered++;
        return;
      }
      let body: { data?: { id?: string; claim?: { id?: string } } };
      try {
        body = (await answer.json()) as typeof body;
      } catch {
        // The connection dropped while the body was read: not an acknowledgement.
        result.unanswered++;
        return;
      }
      if (!answer.ok) {
        result.refused[answer.status] = (result.refused[answer.status] ?? 0) + 1;
        continue;
      }
      const id = isNote ? body.data?.id : body.data?.claim?.id;
      if (!id)
        throw new Error(`a ${answer.status} answer without the new row's id: ${JSON.stringify(body).slice(0, 200)}`);
      (isNote ? result.notes : result.claims).push(id);
      options.onAcknowledged(result.notes.length + result.claims.length);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, w) => worker(w)));
  return result;
}
