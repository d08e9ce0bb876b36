"use client";

import { useCallback, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { callAction } from "@/lib/actions/call-action";
import type { SaveFailure } from "@/lib/actions/save-failure";
import type { FieldErrors } from "@/lib/errors/app-error";

/** What a retry knows: after a conflict, the version the other person's change left. */
export interface Attempt {
  currentVersion?: number;
}

type Pending = { action: (attempt: Attempt) => Promise<ActionResult<unknown>>; onSuccess?: (data: unknown) => void };

const NO_FIELDS: FieldErrors = {};

/**
 * Runs a server action, keeping its pending state and its failure (general and per field). Every
 * failure, including a request that never got an answer, ends here as a message; the form that
 * called it stays as it was, and `retry` sends the same save again.
 */
export function useMutation(options: { overwriteOnConflict?: boolean } = {}) {
  const overwrite = options.overwriteOnConflict ?? true;
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const last = useRef<Pending | null>(null);

  const send = useCallback(
    (job: Pending, attempt: Attempt) => {
      last.current = job;
      startTransition(async () => {
        setFailure(null);
        const outcome = await callAction(() => job.action(attempt), { overwriteOnConflict: overwrite });
        if (outcome.ok) {
          last.current = null;
          job.onSuccess?.(outcome.data);
        } else setFailure(outcome.failure);
      });
    },
    [overwrite],
  );

  const run = useCallback(
    <T>(action: (attempt: Attempt) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) =>
      send({ action, onSuccess: onSuccess as ((data: unknown) => void) | undefined }, {}),
    [send],
  );
  const retry = useCallback(() => {
    if (last.current)
      send(last.current, failure?.currentVersion === undefined ? {} : { currentVersion: failure.currentVersion });
  }, [send, failure]);
  const reset = useCallback(() => {
    setFailure(null);
    last.current = null;
  }, []);
  return {
    pending,
    failure,
    error: failure?.message ?? null,
    fieldErrors: failure?.fieldErrors ?? NO_FIELDS,
    canRetry: Boolean(failure?.retryable),
    run,
    retry,
    reset,
  };
}

export type Mutation = ReturnType<typeof useMutation>;
