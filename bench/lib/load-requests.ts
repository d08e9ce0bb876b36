// The request loops of the load test, one per connection. Connection i acts as reviewer i (its
// own API token) and keeps the version of its verdict, so verdict saves are not conflicts by
// construction; a 409 is still handled (take the current version) and counted in the table.
// A phase ends with requests in flight whose answers autocannon drops, so each phase first reads
// the versions the server holds (`syncVerdictVersions`): a 409 in the table is a real conflict.
import type autocannon from "autocannon";
import type { LoadWorkspace } from "./load-workspace";

type Request = autocannon.Request;

export function pageReads(workspace: LoadWorkspace, cookie: string, connection: number): Request[] {
  return workspace.articleIds.map((_, k) => ({
    method: "GET",
    path: `/w/demo/articles/${workspace.articleIds[(connection + k) % workspace.articleIds.length]}`,
    headers: { cookie },
  }));
}

export function noteWrite(workspace: LoadWorkspace, connection: number): Request {
  const reviewer = workspace.reviewers[connection % workspace.reviewers.length]!;
  let n = 0;
  return {
    method: "POST",
    headers: { authorization: `Bearer ${reviewer.token}`, "content-type": "application/json" },
    setupRequest: (request) => {
      // Notes spread over every claim: a claim holds at most 500 notes.
      const claimId = workspace.claimIds[(connection + n * workspace.reviewers.length) % workspace.claimIds.length]!;
      n++;
      return {
        ...request,
        path: `/api/v1/workspaces/${workspace.workspaceId}/claims/${claimId}/notes`,
        body: JSON.stringify({
          body: `Load note ${n} from reviewer ${connection + 1}: checked against the **source**.`,
        }),
      };
    },
  };
}

// Versions outlive a phase: the next phase's connection i continues reviewer i's verdict.
const verdictStates = new WeakMap<LoadWorkspace, Map<string, { version?: number; n: number }>>();

function verdictState(workspace: LoadWorkspace, claimId: string): { version?: number; n: number } {
  const states = verdictStates.get(workspace) ?? new Map<string, { version?: number; n: number }>();
  verdictStates.set(workspace, states);
  const state = states.get(claimId) ?? { n: 0 };
  states.set(claimId, state);
  return state;
}

/** Reads each reviewer's verdict version from the server (between phases, nothing in flight). */
export async function syncVerdictVersions(workspace: LoadWorkspace, base: string): Promise<void> {
  for (const reviewer of workspace.reviewers) {
    const answer = await fetch(
      `${base}/api/v1/workspaces/${workspace.workspaceId}/claims/${reviewer.claimId}/verdicts`,
      { headers: { authorization: `Bearer ${reviewer.token}` } },
    );
    if (!answer.ok) throw new Error(`reading a reviewer's verdict answered ${answer.status}`);
    const { data } = (await answer.json()) as { data: { mine: { version: number } | null } };
    verdictState(workspace, reviewer.claimId).version = data.mine?.version;
  }
}

export function verdictWrite(workspace: LoadWorkspace, connection: number): Request {
  const reviewer = workspace.reviewers[connection % workspace.reviewers.length]!;
  const state = verdictState(workspace, reviewer.claimId);
  return {
    method: "PUT",
    path: `/api/v1/workspaces/${workspace.workspaceId}/claims/${reviewer.claimId}/verdicts`,
    headers: { authorization: `Bearer ${reviewer.token}`, "content-type": "application/json" },
    setupRequest: (request) => {
      state.n++;
      const ratingId = workspace.ratingIds[state.n % workspace.ratingIds.length];
      return {
        ...request,
        body: JSON.stringify({
          ratingId,
          confidence: state.n % 101,
          rationale: `Revision ${state.n}.`,
          version: state.version,
        }),
      };
    },
    onResponse: (status, body) => {
      try {
        const parsed = JSON.parse(body) as {
          data?: { version?: number };
          error?: { details?: { current?: { version?: number } } };
        };
        if (status === 200) state.version = parsed.data?.version;
        else if (status === 409) state.version = parsed.error?.details?.current?.version;
      } catch {
        // A non-JSON answer is already counted by its status code.
      }
    },
  };
}

/** Half page reads, a quarter notes, a quarter verdicts. */
export function mixed(workspace: LoadWorkspace, cookie: string, connection: number): Request[] {
  const [read] = pageReads(workspace, cookie, connection);
  const [other] = pageReads(workspace, cookie, connection + 1);
  return [read!, noteWrite(workspace, connection), other!, verdictWrite(workspace, connection)];
}

/** The kind a load request is reported under: page read, note, verdict or the health route. */
export function kindOf(request: Request): string {
  if (request.path?.startsWith("/w/")) return "page";
  if (request.method === "POST") return "note";
  if (request.method === "PUT") return "verdict";
  return "health";
}
