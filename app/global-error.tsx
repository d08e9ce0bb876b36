"use client";

import "./globals.css";
import { useEffect, useRef } from "react";

/** The last resort, when the root layout itself fails: a page of its own with a retry and a way out. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    console.error(error);
  }, [error]);
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <main id="main" className="mx-auto my-16 max-w-xl space-y-3 px-4">
          <section role="alert" aria-labelledby="global-error-heading" className="space-y-3">
            <h1 id="global-error-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold">
              Margin could not be shown
            </h1>
            <p className="text-sm">
              Something went wrong while loading Margin. Nothing you saved is affected, and notes and verdicts you were
              writing are kept as drafts in this browser.
            </p>
            {error.digest ? <p className="text-xs">Reference for an administrator: {error.digest}</p> : null}
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="button"
                className="rounded-md bg-accent px-2.5 py-1 text-sm font-medium text-white"
                onClick={() => reset()}
              >
                Try again
              </button>
              {/* A full page load on purpose: the app's own navigation is what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/" className="text-sm underline">
                Back to the start page
              </a>
            </div>
          </section>
        </main>
      </body>
    </html>
  );
}
