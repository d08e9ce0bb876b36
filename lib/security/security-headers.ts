// The Content Security Policy and the other security headers of every page and API response.
// Scripts run only with this response's nonce ('strict-dynamic' lets Next.js's nonce'd loader
// pull in its chunks): an inline script injected into a page has no nonce and is refused. Next.js
// puts the nonce on its own scripts when it finds it in the request's CSP header (see proxy.ts).
// Styles allow 'unsafe-inline' because React renders `style` attributes (highlight offsets, bars);
// style injection cannot run code.
import { trustedProxyHops } from "../auth/trust-proxy";

export interface SecurityHeaderOptions {
  nonce: string;
  /** React's development build evaluates code for its stack traces; production never does. */
  development?: boolean;
  /** The site is served over HTTPS: tell browsers to insist on it (HSTS). */
  https?: boolean;
}

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const script = [
    `'self'`,
    `'nonce-${options.nonce}'`,
    `'strict-dynamic'`,
    ...(options.development ? [`'unsafe-eval'`] : []),
  ];
  return [
    `default-src 'self'`,
    `script-src ${script.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(options.https ? [`upgrade-insecure-requests`] : []),
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * Whether people reach the app over HTTPS: the configured origin says so, or (behind a proxy that
 * terminates TLS, TRUST_PROXY=1) the forwarded protocol does.
 */
export function isHttps(headers: Headers, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  if (env.NEXTAUTH_URL?.startsWith("https://")) return true;
  return trustedProxyHops(env) > 0 && headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** 128 random bits, base64: unguessable, and valid as a CSP nonce-source. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
