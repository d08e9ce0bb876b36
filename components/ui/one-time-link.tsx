"use client";

import { CopyButton } from "./copy-button";

/** A link shown once (an invite, a password reset): selectable, with a button that copies it. */
export function OneTimeLink({ label, link }: { label: string; link: string }) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <input
        readOnly
        aria-label={label}
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full min-w-0 rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
      />
      <CopyButton text={link} />
    </div>
  );
}
