// Which destinations URL import may reach on this server. The default reaches public addresses
// only; a server administrator opens more with MARGIN_URL_IMPORT_ALLOW (an environment variable,
// not a workspace setting: a workspace admin must not be able to point the server at its own
// network). "loopback" is for development and tests against a local fixture server.
import { isLoopbackAddress } from "./safe-address";
import type { FetchPolicy } from "./fetch-article-url";

export type UrlImportReach = "public" | "loopback" | "private";

export function urlImportReach(env: NodeJS.ProcessEnv = process.env): UrlImportReach {
  const value = env.MARGIN_URL_IMPORT_ALLOW?.trim().toLowerCase();
  return value === "loopback" || value === "private" ? value : "public";
}

export function urlImportPolicy(env: NodeJS.ProcessEnv = process.env): FetchPolicy {
  const reach = urlImportReach(env);
  if (reach === "private") return { allowPrivateAddresses: true };
  if (reach === "loopback") return { allowAddress: isLoopbackAddress };
  return {};
}
