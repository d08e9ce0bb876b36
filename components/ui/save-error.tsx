"use client";

import { Button } from "./button";

/** A failed save: what happened, announced, and a "Try again" that sends the same save again. */
export function SaveError({
  message,
  canRetry,
  pending,
  onRetry,
  id,
  className = "",
}: {
  message: string | null;
  canRetry: boolean;
  pending: boolean;
  onRetry: () => void;
  id?: string;
  className?: string;
}) {
  if (!message) return null;
  return (
    <div
      id={id}
      role="alert"
      className={`flex flex-wrap items-center gap-2 rounded border border-red-200 bg-red-50 px-2 py-1 text-xs text-red-800 ${className}`}
    >
      <span>{message}</span>
      {canRetry ? (
        <Button size="sm" variant="secondary" onClick={onRetry} disabled={pending}>
          {pending ? "Saving…" : "Try again"}
        </Button>
      ) : null}
    </div>
  );
}
