import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { oauthProviders } from "@/lib/auth/oauth-providers";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const providers = oauthProviders().map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} providers={providers} initialMessage={signInErrorMessage(params.error)} />
      <p className="mt-4 text-sm">
        <Link className="text-accent underline" href="/forgot-password">
          Forgot password?
        </Link>
      </p>
      <p className="mt-4 text-sm text-stone-600">
        New to Margin?{" "}
        <Link className="text-accent underline" href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Create an account
        </Link>
      </p>
    </div>
  );
}
