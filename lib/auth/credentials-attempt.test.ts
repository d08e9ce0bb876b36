import { describe, expect, it } from "vitest";
import { currentCredentialsAttempt, isCredentialsSignIn, runCredentialsAttempt } from "./credentials-attempt";

const signInRequest = (cookie?: string) =>
  new Request("http://margin.test/api/auth/callback/credentials", {
    method: "POST",
    headers: cookie ? { cookie } : {},
  });
const nextAuthAnswer = () =>
  new Response(JSON.stringify({ url: "http://margin.test/sign-in?error=x" }), {
    status: 401,
    headers: { "content-type": "application/json", "set-cookie": "next-auth.csrf-token=abc; Path=/" },
  });

describe("a password sign-in request around next-auth", () => {
  it("only applies to POST callback/credentials", () => {
    expect(isCredentialsSignIn(signInRequest(), ["callback", "credentials"])).toBe(true);
    expect(isCredentialsSignIn(new Request("http://margin.test/"), ["callback", "credentials"])).toBe(false);
    expect(isCredentialsSignIn(signInRequest(), ["signout"])).toBe(false);
  });

  it("hands authorize() the device cookie and answers a wait with 429 and Retry-After, keeping the body", async () => {
    let seen: string | null = null;
    const response = await runCredentialsAttempt(signInRequest("a=1; margin-device=tok.en.mac; b=2"), async () => {
      const attempt = currentCredentialsAttempt()!;
      seen = attempt.deviceToken;
      attempt.retryAfterSeconds = 8;
      return nextAuthAnswer();
    });
    expect(seen).toBe("tok.en.mac");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("8");
    expect(await response.json()).toEqual({ url: "http://margin.test/sign-in?error=x" });
    expect(currentCredentialsAttempt()).toBeUndefined();
  });

  it("sets the device cookie HttpOnly and long-lived after a sign-in, Secure over HTTPS, beside next-auth's", async () => {
    const response = await runCredentialsAttempt(
      signInRequest(),
      async () => {
        currentCredentialsAttempt()!.deviceTokenToSet = "new.device.token";
        return new Response("{}", { status: 200, headers: { "set-cookie": "next-auth.session-token=s; Path=/" } });
      },
      { NEXTAUTH_URL: "https://margin.example" },
    );
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies).toContain("next-auth.session-token=s; Path=/");
    const device = cookies.find((c) => c.startsWith("margin-device="));
    expect(device).toMatch(
      /^margin-device=new\.device\.token; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax; Secure$/,
    );
  });

  it("leaves next-auth's answer alone when nothing was decided", async () => {
    const answer = nextAuthAnswer();
    expect(await runCredentialsAttempt(signInRequest(), async () => answer)).toBe(answer);
  });
});
