"use client";

import { useState } from "react";
import { Button } from "./button";

/** A link shown once (an invite, a password reset): selectable, with a button that copies it. */
export function OneTimeLink({ label, link }: { label: string; link: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-2 flex gap-2">
      <input
        readOnly
        aria-label={label}
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full min-w-0 rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
      />
      <Button
        variant="secondary"
        size="sm"
        onClick={() =>
          void navigator.clipboard.writeText(link).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? "Copied" : "Copy"}
        <span className="sr-only"> {label.toLowerCase()}</span>
      </Button>
    </div>
  );
}
