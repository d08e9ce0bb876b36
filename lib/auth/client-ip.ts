// The client's address for rate limiting and the security log. Forwarded headers are trusted only
// behind reverse proxies that set them (TRUST_PROXY = how many), otherwise anyone could pick their
// own address. Each proxy appends the address it received the request from to X-Forwarded-For, so
// with N proxies the client is the N-th entry from the right: whatever the client wrote itself
// stands further left and is never read. X-Real-IP is not read (a proxy that does not set it
// passes on the client's own).
import { trustedProxyHops } from "./trust-proxy";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

export function clientIpFromHeaders(
  headers: HeaderBag,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | null {
  const hops = trustedProxyHops(env);
  if (hops === 0) return null;
  const values =
    headers instanceof Headers ? [headers.get("x-forwarded-for") ?? ""] : [headers["x-forwarded-for"] ?? []].flat();
  // Several X-Forwarded-For lines are one list, in order.
  const chain = values
    .join(",")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops]! : null;
}
