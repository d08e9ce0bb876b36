import { cancelRestore } from "@/lib/backup/clear-restore";
import { restoreBackup, type RestoreProgress } from "@/lib/backup/restore-backup";
import { getDb } from "@/lib/db/client";
import { toAppError } from "@/lib/errors/app-error";
import { apiRoute, errorResponse } from "@/lib/http/api-handler";
import { readJsonStream } from "@/lib/http/read-json-stream";
import { json } from "@/lib/http/responses";
import { withSecurityHeaders } from "@/lib/security/with-security-headers";

export const dynamic = "force-dynamic";

// The proxy skips this large-upload route (proxy.ts), so its missing methods answer here: JSON 405 with Allow.
export {
  answerUnmatched as GET,
  answerUnmatched as PUT,
  answerUnmatched as PATCH,
} from "@/lib/api/unmatched-api-request";

const RESTORE_BODY_LIMIT_BYTES = 512 * 1024 * 1024;

/**
 * Restores a Margin JSON backup into this (empty) workspace. Admins only. The body is parsed as it
 * arrives. With `Accept: application/x-ndjson` the answer streams one JSON line per batch written
 * ({ written, total }) and ends with { done: true, summary } or { error }; otherwise it is the summary.
 * A backup with problems is refused with 422 before anything is written, in either mode.
 */
export const POST = withSecurityHeaders(
  apiRoute<{ workspaceId: string }>(async ({ actor, params, request }) => {
    const input = await readJsonStream(request, RESTORE_BODY_LIMIT_BYTES);
    const run = (onProgress?: (progress: RestoreProgress) => void) =>
      restoreBackup(getDb(), { actor, workspaceId: params.workspaceId, input, ...(onProgress ? { onProgress } : {}) });
    if (!/application\/x-ndjson/.test(request.headers.get("accept") ?? "")) return json(await run());
    return progressStream(run);
  }),
);

/** Cancels a running restore, or clears one that was interrupted (what it wrote goes). Admins only. */
export const DELETE = withSecurityHeaders(
  apiRoute<{ workspaceId: string }>(async ({ actor, params }) =>
    json(await cancelRestore(getDb(), { actor, workspaceId: params.workspaceId })),
  ),
);

/** Answers once writing has started (so a refused backup still gets its 4xx), then streams progress. */
async function progressStream(
  run: (onProgress: (progress: RestoreProgress) => void) => Promise<unknown>,
): Promise<Response> {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let wake: (() => void) | null = null;
  let finished = false;
  const send = (value: unknown) => {
    lines.push(`${JSON.stringify(value)}\n`);
    wake?.();
  };
  let started: () => void = () => undefined;
  const writing = new Promise<null>((resolve) => (started = () => resolve(null)));
  const outcome = run((progress) => {
    started();
    send(progress);
  });
  const refused = await Promise.race([
    writing,
    outcome.then(
      () => null,
      (error: unknown) => ({ error }),
    ),
  ]);
  if (refused) return errorResponse(refused.error);
  void outcome
    .then(
      (summary) => send({ done: true, summary }),
      (error: unknown) => {
        const appError = toAppError(error);
        if (!appError) console.error("[restore] unexpected error", error);
        send({ error: { code: appError?.code ?? "internal", message: appError?.message ?? "The restore failed." } });
      },
    )
    .finally(() => {
      finished = true;
      wake?.();
    });
  return new Response(
    new ReadableStream<Uint8Array>({
      async pull(controller) {
        while (lines.length === 0 && !finished) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        const line = lines.shift();
        if (line !== undefined) controller.enqueue(encoder.encode(line));
        else controller.close();
      },
    }),
    { status: 200, headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } },
  );
}
