"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import type { FieldErrors } from "@/lib/errors/app-error";

/** Runs a server action, keeping its pending state and its error (general and per field). */
export function useMutation() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const run = useCallback(<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) => {
    startTransition(async () => {
      setError(null);
      setFieldErrors({});
      const result = await action();
      if (result.ok) onSuccess?.(result.data);
      else {
        setFieldErrors(result.fieldErrors ?? {});
        setError(result.error);
      }
    });
  }, []);
  const reset = useCallback(() => {
    setError(null);
    setFieldErrors({});
  }, []);
  return { pending, error, fieldErrors, run, reset };
}
