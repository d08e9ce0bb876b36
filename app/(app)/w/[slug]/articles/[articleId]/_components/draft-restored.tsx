"use client";

import { TimeStamp } from "@/components/ui/time-stamp";

/** Says that unsaved text was brought back from this browser, with a way to throw it away. */
export function DraftRestored({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  return (
    <p role="status" className="flex flex-wrap items-center gap-2 rounded bg-blue-50 px-2 py-1 text-xs text-blue-900">
      <span>
        Draft restored: unsaved text from <TimeStamp date={savedAt} />, kept in this browser.
      </span>
      <button type="button" className="underline" onClick={onDiscard}>
        Discard draft
      </button>
    </p>
  );
}
