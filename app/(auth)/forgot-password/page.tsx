import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-semibold">Forgot your password?</h1>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-stone-600">
        Remembered it?{" "}
        <Link className="text-accent underline" href="/sign-in">
          Sign in
        </Link>
      </p>
    </div>
  );
}
