"use client";

import { useState } from "react";
import { Button } from "./button";

/** Copies `text` to the clipboard and says so (announced); says how to copy by hand when the browser refuses. */
export function CopyButton({ text, label = "Copy link" }: { text: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        size="sm"
        variant="secondary"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setState("copied"),
            () => setState("failed"),
          )
        }
      >
        {label}
      </Button>
      <span role="status" className="text-xs text-stone-700">
        {state === "copied" ? "Copied." : state === "failed" ? "Could not copy: select the text and copy it." : ""}
      </span>
    </span>
  );
}
