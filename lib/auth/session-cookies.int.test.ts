// The session cookie next-auth sets on a password sign-in, with Margin's options: HttpOnly and
// SameSite=Lax always; `__Secure-` prefixed and Secure when the app's origin (NEXTAUTH_URL) is
// https, as behind a TLS-terminating proxy. Runs next-auth's own request handler (the one the
// route handler calls) on an in-process request.
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "../users/sign-up";
import { uniqueSuffix } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { buildAuthOptions } from "./auth-options";

interface Cookie {
  name: string;
  value: string;
  options: { httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string };
}
interface InternalResponse {
  status?: number;
  cookies?: Cookie[];
  body?: unknown;
  redirect?: string;
}
type AuthHandler = (params: { req: Record<string, unknown>; options: unknown }) => Promise<InternalResponse>;

// next-auth does not export its core from the package; the route handler wraps exactly this.
const { AuthHandler } = createRequire(import.meta.url)(join(process.cwd(), "node_modules/next-auth/core/index.js")) as {
  AuthHandler: AuthHandler;
};

const saved = { url: process.env.NEXTAUTH_URL, secret: process.env.NEXTAUTH_SECRET };
afterEach(() => {
  process.env.NEXTAUTH_URL = saved.url;
  process.env.NEXTAUTH_SECRET = saved.secret;
  if (saved.url === undefined) delete process.env.NEXTAUTH_URL;
  if (saved.secret === undefined) delete process.env.NEXTAUTH_SECRET;
});

async function signInCookies(origin: string, email: string, password: string): Promise<Cookie[]> {
  process.env.NEXTAUTH_URL = origin;
  process.env.NEXTAUTH_SECRET = "test secret for cookie checks";
  const options = buildAuthOptions();
  const headers = { host: new URL(origin).host };
  const csrf = await AuthHandler({
    req: { method: "GET", action: "csrf", headers, cookies: {}, query: {}, body: {} },
    options,
  });
  const csrfCookie = csrf.cookies!.find((c) => c.name.endsWith("next-auth.csrf-token"))!;
  const { csrfToken } = csrf.body as { csrfToken: string };
  const callback = await AuthHandler({
    req: {
      method: "POST",
      action: "callback",
      providerId: "credentials",
      headers,
      cookies: { [csrfCookie.name]: csrfCookie.value },
      query: {},
      body: { csrfToken, email, password, json: "true" },
    },
    options,
  });
  return [...(csrf.cookies ?? []), ...(callback.cookies ?? [])];
}

describe("session cookies", () => {
  const password = `cookie password ${uniqueSuffix()}`;
  let email: string;
  beforeAll(async () => {
    email = `cookies.${uniqueSuffix()}@example.test`;
    await signUp(testDb().db, { input: { name: "Cookie Tester", email, password } });
  });

  it("over https: __Secure- session cookie, Secure, HttpOnly, SameSite=Lax; __Host- CSRF cookie", async () => {
    const cookies = await signInCookies("https://margin.example", email, password);
    const session = cookies.find((c) => c.name.includes("session-token"));
    expect(session?.name).toBe("__Secure-next-auth.session-token");
    expect(session?.value.length).toBeGreaterThan(20);
    expect(session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    const csrf = cookies.find((c) => c.name.includes("csrf-token"));
    expect(csrf?.name).toBe("__Host-next-auth.csrf-token");
    expect(csrf?.options).toMatchObject({ httpOnly: true, secure: true });
  });

  it("over plain http (local use): HttpOnly and SameSite=Lax, not Secure (the browser would drop it)", async () => {
    const cookies = await signInCookies("http://localhost:3000", email, password);
    const session = cookies.find((c) => c.name.includes("session-token"));
    expect(session?.name).toBe("next-auth.session-token");
    expect(session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });

  it("sets no session cookie for a wrong password", async () => {
    const cookies = await signInCookies("https://margin.example", email, "not the password at all");
    expect(cookies.some((c) => c.name.includes("session-token") && c.value)).toBe(false);
  });
});
