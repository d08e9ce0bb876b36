// The origin people reach the app at, for links shown to them (invites). NEXTAUTH_URL wins;
// otherwise the request's Host (behind a proxy, X-Forwarded-Host/Proto when TRUST_PROXY=1).
import { trustedProxyHops } from "../auth/trust-proxy";

export function appOrigin(headers: Headers, env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.replace(/\/$/, "");
  const trustProxy = trustedProxyHops(env) > 0;
  const host = (trustProxy && headers.get("x-forwarded-host")) || headers.get("host") || "localhost:3000";
  const proto = (trustProxy && headers.get("x-forwarded-proto")) || "http";
  return `${proto}://${host}`;
}
