import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttps, makeNonce, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("allows scripts only with the nonce, never inline or eval in production", () => {
    const csp = contentSecurityPolicy({ nonce: "abc" });
    const script = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(script).toContain("'nonce-abc'");
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
  });

  it("sends HSTS and upgrades requests only over HTTPS", () => {
    expect(securityHeaders({ nonce: "n" })).not.toHaveProperty("Strict-Transport-Security");
    const https = securityHeaders({ nonce: "n", https: true });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(https).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
  });

  it("trusts X-Forwarded-Proto only behind a trusted proxy", () => {
    const forwarded = new Headers({ "x-forwarded-proto": "https" });
    expect(isHttps(forwarded, {})).toBe(false);
    expect(isHttps(forwarded, { TRUST_PROXY: "1" })).toBe(true);
    expect(isHttps(new Headers(), { NEXTAUTH_URL: "https://margin.example" })).toBe(true);
    expect(isHttps(new Headers(), { NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
