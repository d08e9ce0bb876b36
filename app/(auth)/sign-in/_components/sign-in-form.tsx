"use client";

import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { isSignInErrorCode, signInErrorMessage } from "@/lib/auth/sign-in-errors";

// The answer of our own sign-in endpoint: a code from the fixed list, or the message the server wrote
// (rate limiting). What a link carries (`?error=`) is mapped on the server, never shown as given.
function messageFor(code: string): string {
  return isSignInErrorCode(code) ? signInErrorMessage(code)! : code;
}

export function SignInForm({
  callbackUrl,
  providers,
  initialMessage,
}: {
  callbackUrl: string;
  providers: { id: string; name: string }[];
  initialMessage: string | null;
}) {
  const [error, setError] = useState<string | null>(initialMessage);
  const [pending, startTransition] = useTransition();

  // The e-mail stays after a failure; the password is cleared after a wrong one (retyping it is
  // expected, and a wrong secret is not left in the page) and kept when the network failed.
  function submit(form: HTMLFormElement) {
    const formData = new FormData(form);
    const password = form.elements.namedItem("password") as HTMLInputElement | null;
    setError(null);
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof signIn>>;
      try {
        result = await signIn("credentials", {
          email: String(formData.get("email") ?? ""),
          password: String(formData.get("password") ?? ""),
          redirect: false,
        });
      } catch {
        setError(
          navigator.onLine
            ? "Margin could not be reached. Check your connection and try again."
            : "You are offline. Sign in once you are back online.",
        );
        return;
      }
      if (!result || result.error) {
        setError(messageFor(result?.error ?? "CredentialsSignin"));
        if (password) {
          password.value = "";
          password.focus();
        }
        return;
      }
      window.location.assign(callbackUrl);
    });
  }

  return (
    <div className="space-y-4">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          submit(event.currentTarget);
        }}
      >
        <TextField label="E-mail" name="email" type="email" autoComplete="email" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {providers.length ? (
        <div className="space-y-2 border-t border-stone-200 pt-4">
          {providers.map((provider) => (
            <Button
              key={provider.id}
              variant="secondary"
              className="w-full"
              onClick={() => void signIn(provider.id, { callbackUrl })}
            >
              Continue with {provider.name}
            </Button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
