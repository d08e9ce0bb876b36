"use client";

import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";

export interface RouteErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** Where "back" leads from a page that failed: up one level, to a page that does not depend on this one. */
export type BackTo = "home" | "workspaces" | "workspace" | "article" | "sign-in";

function backLink(to: BackTo, params: Record<string, string | string[] | undefined>) {
  const slug = typeof params.slug === "string" ? params.slug : null;
  const articleId = typeof params.articleId === "string" ? params.articleId : null;
  if (to === "article" && slug && articleId)
    return { href: `/w/${slug}/articles/${articleId}`, label: "Back to the article" };
  if ((to === "workspace" || to === "article") && slug) return { href: `/w/${slug}`, label: "Back to the workspace" };
  if (to === "sign-in") return { href: "/sign-in", label: "Back to sign-in" };
  if (to === "home") return { href: "/", label: "Back to the start page" };
  return { href: "/workspaces", label: "Back to your workspaces" };
}

/**
 * What a route segment shows when it fails to render: what happened, a "Try again" that re-reads
 * the page from the server and re-renders it, and a link to a page that does not depend on this
 * one. Focus moves to the heading so a screen reader announces it; nothing else on the page is lost.
 */
export function RouteError({ error, reset, what, back }: RouteErrorProps & { what: string; back: BackTo }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const router = useRouter();
  const params = useParams();
  const [pending, startTransition] = useTransition();
  const link = backLink(back, params);
  useEffect(() => {
    heading.current?.focus();
    console.error(error);
  }, [error]);
  return (
    <section
      role="alert"
      aria-labelledby="route-error-heading"
      className="mx-auto my-8 max-w-xl space-y-3 rounded-md border border-red-200 bg-red-50 p-4 text-red-950"
    >
      <h2 id="route-error-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {what} could not be shown
      </h2>
      <p className="text-sm">
        Something went wrong while loading it, on our side or on the way. Nothing you saved is affected, and notes and
        verdicts you were writing are kept as drafts in this browser.
      </p>
      {error.digest ? <p className="text-xs text-red-800">Reference for an administrator: {error.digest}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass("primary", "sm")}
          disabled={pending}
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          {pending ? "Trying again…" : "Try again"}
        </button>
        <Link href={link.href} className="text-sm text-accent underline">
          {link.label}
        </Link>
      </div>
    </section>
  );
}
