import { buildOpenApiDocument } from "@/lib/api/openapi";
import { appOrigin } from "@/lib/http/app-origin";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of this API (public: it describes, it does not reveal data). */
export function GET(request: Request) {
  return Response.json(buildOpenApiDocument(appOrigin(request.headers)));
}
