import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { API_ROUTES } from "@/lib/api/api-routes";

export const metadata: Metadata = { title: "API reference" };

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  enum?: unknown[];
  items?: JsonSchema;
  maxLength?: number;
  anyOf?: JsonSchema[];
};

function describeType(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.anyOf) return schema.anyOf.map(describeType).join(" | ");
  if (schema.type === "array") return `${schema.items ? describeType(schema.items) : "any"}[]`;
  return Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
}

function Fields({ schema }: { schema: z.ZodType }) {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const entries = Object.entries(json.properties ?? {});
  if (!entries.length) return <p className="text-xs text-stone-600">{json.description ?? "JSON"}</p>;
  return (
    <table className="mt-1 w-full text-left text-xs">
      <tbody>
        {entries.map(([name, field]) => (
          <tr key={name} className="border-t border-stone-100">
            <td className="py-0.5 pr-3 font-mono">
              {name}
              {json.required?.includes(name) ? "" : "?"}
            </td>
            <td className="py-0.5 text-stone-700">
              {describeType(field)}
              {field.description ? ` — ${field.description}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function ApiDocsPage() {
  const tags = [...new Set(API_ROUTES.map((r) => r.tag))];
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-semibold">Margin API</h1>
      <div className="mt-3 space-y-2 text-sm text-stone-700">
        <p>
          JSON over HTTPS at <code>/api/v1</code>. Authenticate with a personal token from{" "}
          <Link href="/settings" className="text-accent underline">
            Settings
          </Link>{" "}
          — <code>Authorization: Bearer mgn_…</code> — or from the browser with your session. A token acts as you in one
          workspace, read-only or read-write.
        </p>
        <p>
          Lists are paginated: <code>?limit=50&amp;cursor=…</code>, answered with <code>nextCursor</code>. Errors are{" "}
          <code>{`{ "error": { "code", "message", "details" } }`}</code> with the HTTP status: 400 invalid input, 401
          not authenticated, 403 not allowed, 404 not found (also for workspaces you are not in), 409 changed meanwhile
          (send the <code>version</code> you edited), 413 too large, 423 locked (published). Positions are Unicode code
          points.
        </p>
        <p>
          Machine-readable:{" "}
          <a href="/api/v1/openapi.json" className="text-accent underline">
            OpenAPI 3.1 document
          </a>
          .
        </p>
      </div>
      {tags.map((tag) => (
        <section key={tag} className="mt-8" aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`} className="border-b border-stone-200 pb-1 text-xl font-semibold">
            {tag}
          </h2>
          <ul className="mt-3 space-y-4">
            {API_ROUTES.filter((r) => r.tag === tag).map((route) => (
              <li key={`${route.method} ${route.path}`}>
                <p className="font-mono text-sm">
                  <span className="mr-2 rounded bg-stone-800 px-1.5 py-0.5 text-xs font-semibold text-white">
                    {route.method}
                  </span>
                  {route.path}
                </p>
                <p className="mt-1 text-sm text-stone-700">
                  {route.summary} <span className="text-stone-500">→ {route.status}</span>
                </p>
                {route.body ? (
                  <div className="mt-1">
                    <p className="text-xs font-medium text-stone-600">Body</p>
                    <Fields schema={route.body} />
                  </div>
                ) : null}
                {route.query ? (
                  <div className="mt-1">
                    <p className="text-xs font-medium text-stone-600">Query</p>
                    <Fields schema={route.query} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
