// Optional OAuth/OIDC sign-in, switched on by environment variables (see .env.example).
// With none set, Margin offers e-mail and password only.
import type { Provider } from "next-auth/providers/index";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";

type GitHubEmail = { email: string; primary: boolean; verified: boolean };

// GitHub's profile does not say whether its e-mail is verified; its e-mail list does. Margin takes
// the primary address and marks it verified only when GitHub says so (OIDC's email_verified), which
// linkOAuthAccount requires before it matches an existing account by e-mail.
async function githubProfileWithVerifiedEmail({
  client,
  tokens,
}: {
  client: { userinfo(accessToken: string): Promise<Record<string, unknown>> };
  tokens: { access_token?: string };
}) {
  const profile = await client.userinfo(tokens.access_token!);
  const response = await fetch("https://api.github.com/user/emails", {
    headers: { Authorization: `token ${tokens.access_token}`, Accept: "application/vnd.github+json" },
  });
  const emails: GitHubEmail[] = response.ok ? await response.json() : [];
  const primary = emails.find((entry) => entry.primary);
  const email = primary?.email ?? (typeof profile.email === "string" ? profile.email : undefined);
  return { ...profile, email, email_verified: primary?.verified === true };
}

export function oauthProviders(env: Readonly<Record<string, string | undefined>> = process.env): Provider[] {
  const providers: Provider[] = [];
  if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET) {
    providers.push(
      GitHubProvider({
        clientId: env.GITHUB_CLIENT_ID,
        clientSecret: env.GITHUB_CLIENT_SECRET,
        userinfo: { url: "https://api.github.com/user", request: githubProfileWithVerifiedEmail },
      }),
    );
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME || "Single sign-on",
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; name?: string; email?: string; picture?: string }) {
        return {
          id: profile.sub,
          name: profile.name ?? profile.email ?? "",
          email: profile.email ?? null,
          image: profile.picture ?? null,
        };
      },
    });
  }
  return providers;
}
