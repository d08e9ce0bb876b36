import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";
import { importAnnotations } from "@/lib/annotation-import/import-annotations";
import { withSecurityHeaders } from "@/lib/security/with-security-headers";

export const dynamic = "force-dynamic";

// The proxy skips this large-upload route (proxy.ts), so its missing methods answer here: JSON 405 with Allow.
export {
  answerUnmatched as GET,
  answerUnmatched as PUT,
  answerUnmatched as PATCH,
  answerUnmatched as DELETE,
} from "@/lib/api/unmatched-api-request";

/** Imports W3C Web Annotation JSON or a Hypothesis export into this article; answers with the report. */
export const POST = withSecurityHeaders(
  apiRoute<{ workspaceId: string; articleId: string }>(async ({ actor, params, json: body }) =>
    json(await importAnnotations(getDb(), { actor, ...params, input: await body() })),
  ),
);
