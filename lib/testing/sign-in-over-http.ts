// Signs in over HTTP the way the sign-in form does (next-auth credentials: CSRF token, then the
// callback) and returns the Cookie header of the session: for load, crash and multi-instance tests.
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/`, json: "true" }),
  });
  const session = cookiesOf(answer).find((cookie) => /session-token=/.test(cookie));
  if (!session) throw new Error(`sign-in as ${email} failed (status ${answer.status})`);
  return [...jar, session].join("; ");
}
