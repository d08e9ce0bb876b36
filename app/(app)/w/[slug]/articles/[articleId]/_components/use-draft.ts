"use client";

import { useCallback, useMemo, useState } from "react";
import {
  clearDraft,
  differsFrom,
  readDraft,
  writeDraft,
  type DraftStorage,
  type DraftValue,
} from "@/lib/drafts/draft-store";

function browserStorage(): DraftStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * A form's unsaved content in localStorage under `key`. `restored` is the draft found when the
 * form opened (when it says something other than `shown`, what the form would show anyway);
 * `save` stores each change, `clear` forgets it after a successful save, `discard` throws it away
 * and changes `formKey` so an uncontrolled form re-mounts with its saved values.
 */
export function useDraft(key: string, shown: DraftValue) {
  const storage = useMemo(() => browserStorage(), []);
  const [restored, setRestored] = useState<{ value: DraftValue; savedAt: string } | null>(() => {
    const draft = readDraft(storage, key);
    if (draft && differsFrom(draft.value, shown)) return draft;
    if (draft) clearDraft(storage, key);
    return null;
  });
  const [generation, setGeneration] = useState(0);
  const save = useCallback((value: DraftValue) => void writeDraft(storage, key, value), [storage, key]);
  const clear = useCallback(() => {
    clearDraft(storage, key);
    setRestored(null);
  }, [storage, key]);
  const discard = useCallback(() => {
    clearDraft(storage, key);
    setRestored(null);
    setGeneration((g) => g + 1);
  }, [storage, key]);
  return { restored, save, clear, discard, formKey: `${key}#${generation}` };
}

/** The named fields of a form as a draft (repeated names, like checkboxes, become lists). */
export function formDraft(form: HTMLFormElement, lists: string[] = []): DraftValue {
  const data = new FormData(form);
  const value: DraftValue = {};
  for (const name of new Set([...data.keys(), ...lists])) {
    value[name] = lists.includes(name) ? data.getAll(name).map(String) : String(data.get(name) ?? "");
  }
  return value;
}
