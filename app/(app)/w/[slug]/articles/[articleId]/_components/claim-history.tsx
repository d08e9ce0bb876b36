"use client";

import { TimeStamp } from "@/components/ui/time-stamp";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { HistoryEntry } from "@/lib/audit/get-claim-history";
import { describeChange } from "@/lib/audit/describe-change";
import { readApi } from "@/lib/api/read-api";

export function ClaimHistory({ params }: { params: { workspaceId: string; claimId: string } }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [open, setOpen] = useState(false);
  async function toggle() {
    if (!open) {
      const read = await readApi("/api/v1/workspaces/{workspaceId}/claims/{claimId}/history", params);
      if (read.ok) setEntries(read.data);
    }
    setOpen(!open);
  }
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <div className="flex items-center justify-between">
        <h3 id="history-heading" className="text-sm font-semibold">
          History
        </h3>
        <Button size="sm" variant="ghost" aria-expanded={open} onClick={() => void toggle()}>
          {open ? "Hide" : "Show"}
        </Button>
      </div>
      {open && entries ? (
        <ol className="space-y-2 border-l-2 border-stone-200 pl-3 text-xs" aria-label="Timeline">
          {entries.map((entry) => {
            const change = describeChange(entry);
            return (
              <li key={entry.id}>
                <p>
                  <span className="font-medium text-stone-900">{entry.actor?.name ?? "Margin"}</span> {change.summary}{" "}
                  <span className="text-stone-600">
                    <TimeStamp date={entry.at} />
                  </span>
                </p>
                {change.details.length ? (
                  <ul className="mt-0.5 text-stone-600">
                    {change.details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
