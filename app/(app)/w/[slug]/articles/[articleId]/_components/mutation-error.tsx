"use client";

import { SaveError } from "@/components/ui/save-error";
import type { Mutation } from "./mutation";

/** A mutation's failed save, announced, with the "Try again" that sends it again. */
export function MutationError({ mutation }: { mutation: Mutation }) {
  return (
    <SaveError
      message={mutation.error}
      canRetry={mutation.canRetry}
      pending={mutation.pending}
      onRetry={mutation.retry}
    />
  );
}
