import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/lib/db/client";
import { findSignUpRequest, SIGN_UP_LINK_UNUSABLE } from "@/lib/users/start-sign-up";
import { ConfirmSignUpButton } from "./_components/confirm-sign-up-button";

export const metadata: Metadata = { title: "Confirm your account" };

// Confirming takes a click, not the page load: mail scanners open links without a person.
export default async function ConfirmSignUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const request = await findSignUpRequest(getDb(), token);
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-semibold">Confirm your account</h1>
      {request ? (
        <ConfirmSignUpButton token={token} email={request.email} />
      ) : (
        <>
          <Notice tone="error">{SIGN_UP_LINK_UNUSABLE}</Notice>
          <p className="mt-4 text-sm">
            <Link className="text-accent underline" href="/sign-up">
              Sign up
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
