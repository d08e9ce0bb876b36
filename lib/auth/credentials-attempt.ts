import "server-only";
// One password sign-in request (POST /api/auth/callback/credentials) around next-auth: next-auth's
// authorize() can neither read the request's cookies reliably nor shape the response, so this
// carries the device cookie in, and carries out the device cookie to set and the wait to answer
// with: a sign-in that must wait is answered 429 with Retry-After (the body stays next-auth's, whose
// error is the message the form shows).
import { AsyncLocalStorage } from "node:async_hooks";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, DEVICE_COOKIE_NAME } from "../sign-in-throttle/device-token";

export interface CredentialsAttempt {
  /** The device cookie the browser sent. */
  deviceToken: string | null;
  /** Set by authorize(): the device cookie to (re)set after a successful sign-in. */
  deviceTokenToSet?: string;
  /** Set by authorize(): the sign-in was refused until this many seconds have passed. */
  retryAfterSeconds?: number;
}

const attempts = new AsyncLocalStorage<CredentialsAttempt>();

/** The attempt under way, inside authorize(); undefined outside a credentials sign-in request. */
export function currentCredentialsAttempt(): CredentialsAttempt | undefined {
  return attempts.getStore();
}

export function isCredentialsSignIn(request: Request, route: string[]): boolean {
  return request.method === "POST" && route.join("/") === "callback/credentials";
}

function cookieValue(header: string | null, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

export async function runCredentialsAttempt(
  request: Request,
  handle: () => Promise<Response>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Response> {
  const attempt: CredentialsAttempt = { deviceToken: cookieValue(request.headers.get("cookie"), DEVICE_COOKIE_NAME) };
  const response = await attempts.run(attempt, handle);
  if (attempt.retryAfterSeconds === undefined && !attempt.deviceTokenToSet) return response;
  const headers = new Headers(response.headers);
  let status = response.status;
  if (attempt.retryAfterSeconds !== undefined) {
    status = 429;
    headers.set("Retry-After", String(attempt.retryAfterSeconds));
  }
  if (attempt.deviceTokenToSet) {
    // Secure whenever the site is served over HTTPS, as next-auth decides for its own cookies.
    const secure = new URL(request.url).protocol === "https:" || env.NEXTAUTH_URL?.startsWith("https://");
    headers.append(
      "Set-Cookie",
      `${DEVICE_COOKIE_NAME}=${attempt.deviceTokenToSet}; Path=/; Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
    );
  }
  return new Response(response.body, {
    status,
    statusText: status === 429 ? "Too Many Requests" : response.statusText,
    headers,
  });
}
