// The OpenAPI 3.1 document of /api/v1, generated from the route list and the zod schemas that
// validate requests (zod's JSON Schema output is 2020-12, the dialect OpenAPI 3.1 uses).
import { z } from "zod";
import { ERROR_STATUS } from "../errors/app-error";
import { API_ROUTES } from "./api-routes";

/** Requests are described as zod reads them (input), answers as the server writes them (output). */
const schemaOf = (schema: z.ZodType, io: "input" | "output" = "input") => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
};

/** Query parameters as the schema reads them: required only when it requires them, with defaults. */
export function queryParameters(query: z.ZodObject) {
  const schema = schemaOf(query) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: "query",
      required: schema.required?.includes(name) ?? false,
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) {
    const parameters = [
      ...[...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
        name: m[1],
        in: "path",
        required: true,
        schema: { type: "string" },
      })),
      ...(route.query ? queryParameters(route.query) : []),
    ];
    const success =
      route.status === 204
        ? { description: "Done" }
        : {
            description: "Success",
            content: {
              [route.responseType ?? "application/json"]: {
                schema: route.response ? schemaOf(route.response, "output") : {},
              },
            },
          };
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method.toLowerCase()}${route.path
        .replace(/\/api\/v1/, "")
        .replace(/\{(\w+)\}/g, "By_$1")
        .replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              // DELETE may send its version as ?version= instead.
              required: route.method !== "DELETE",
              content: { "application/json": { schema: schemaOf(route.body) } },
            },
          }
        : {}),
      security: [{ bearerAuth: [] }, { sessionCookie: [] }],
      responses: {
        [route.status]: success,
        400: errorResponse("Invalid input (the message says what to fix; details.fields per field)"),
        401: errorResponse("Not signed in, or the token is invalid, expired or revoked"),
        403: errorResponse(
          route.write ? "Your role, or a read-only token, does not allow this" : "Your role does not allow this",
        ),
        404: errorResponse("Not found (also for workspaces you are not a member of)"),
        ...(route.write
          ? {
              409: errorResponse("Changed by someone else meanwhile (details.current holds the current state)"),
              413: errorResponse("Body too large"),
              415: errorResponse("Body is not JSON"),
              423: errorResponse("Locked: the final verdict is published"),
            }
          : {}),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Margin API",
      version: "1.0.0",
      description:
        "Collaborative annotation and fact-checking. Authenticate with a personal token (Authorization: Bearer <token>) or the browser session. Lists are paginated (limit, cursor → nextCursor). Errors are { error: { code, message, details } }.",
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token from Settings (read or read-write, one workspace).",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description:
            "The browser's session. Writes authenticated by it must send Content-Type: application/json (415 otherwise) and come from Margin's own origin (Origin or Sec-Fetch-Site; 403 otherwise).",
        },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", enum: Object.keys(ERROR_STATUS) },
                message: { type: "string" },
                details: {},
              },
            },
          },
        },
      },
    },
  };
}
