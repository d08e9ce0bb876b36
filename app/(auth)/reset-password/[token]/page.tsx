import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { findUsablePasswordReset } from "@/lib/users/password-reset-link";
import { RESET_LINK_UNUSABLE } from "@/lib/users/reset-password";
import { Notice } from "@/components/ui/notice";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await findUsablePasswordReset(getDb(), token);
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-semibold">Choose a new password</h1>
      {reset ? (
        <ResetPasswordForm token={token} email={reset.user.email} />
      ) : (
        <>
          <Notice tone="error">{RESET_LINK_UNUSABLE}</Notice>
          <p className="mt-4 text-sm">
            <Link className="text-accent underline" href="/forgot-password">
              Ask for a new link
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
