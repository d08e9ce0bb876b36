import { getDb } from "@/lib/db/client";
import { importFactChecks } from "@/lib/fact-check-library/import-fact-checks";
import { listFactChecks } from "@/lib/fact-check-library/list-fact-checks";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string };

/** The library of known fact-checks, most recently published first: { total, items }. */
export const GET = apiRoute<Params>(async ({ actor, params, request }) =>
  json(
    await listFactChecks(getDb(), {
      actor,
      ...params,
      input: Object.fromEntries(new URL(request.url).searchParams),
    }),
  ),
);

/** Imports ClaimReviews (editors): { content } (JSON-LD or a page) or { url } (fetched); idempotent by address. */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await importFactChecks(getDb(), { actor, ...params, input: await body() })),
);
