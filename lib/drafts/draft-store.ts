// Unsaved form content kept in the browser (localStorage) until the save succeeds, so a reload,
// a crash or a closed tab loses no typed word. Keyed by user, claim and form: one person's
// draft never shows up for another account on a shared machine. Pure over a Storage-like object.

export type DraftValue = Record<string, string | string[]>;

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StoredDraft {
  value: DraftValue;
  savedAt: string;
}

const PREFIX = "margin:draft:v1";

/** `form` names the form on the claim: `note`, `reply:<noteId>`, `edit-note:<noteId>`, `verdict`, `final-verdict`. */
export function draftKey(userId: string, claimId: string, form: string): string {
  return [PREFIX, userId, claimId, form].map(encodeURIComponent).join("|");
}

/** A draft with nothing typed in it is not worth keeping (or restoring). */
export function isEmptyDraft(value: DraftValue): boolean {
  return Object.values(value).every((field) => (Array.isArray(field) ? field.length === 0 : field.trim() === ""));
}

export function readDraft(storage: DraftStorage | null, key: string): StoredDraft | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null; // storage disabled (private mode, blocked cookies)
  }
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!isStoredDraft(parsed) || isEmptyDraft(parsed.value)) return null;
    return parsed;
  } catch {
    return null;
  }
}

/** Stores the draft, or removes it when empty. Returns false when the browser refused (quota, disabled). */
export function writeDraft(storage: DraftStorage | null, key: string, value: DraftValue, now = new Date()): boolean {
  if (!storage) return false;
  try {
    if (isEmptyDraft(value)) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ value, savedAt: now.toISOString() } satisfies StoredDraft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing stored, nothing to clear
  }
}

/** Whether the draft says something other than what the form would show anyway. */
export function differsFrom(draft: DraftValue, shown: DraftValue): boolean {
  const keys = new Set([...Object.keys(draft), ...Object.keys(shown)]);
  for (const key of keys) {
    const a = draft[key] ?? "";
    const b = shown[key] ?? "";
    if (JSON.stringify(Array.isArray(a) ? [...a].sort() : a) !== JSON.stringify(Array.isArray(b) ? [...b].sort() : b))
      return true;
  }
  return false;
}

function isStoredDraft(value: unknown): value is StoredDraft {
  if (!value || typeof value !== "object") return false;
  const { value: fields, savedAt } = value as { value?: unknown; savedAt?: unknown };
  if (typeof savedAt !== "string" || !fields || typeof fields !== "object" || Array.isArray(fields)) return false;
  return Object.values(fields).every(
    (field) => typeof field === "string" || (Array.isArray(field) && field.every((item) => typeof item === "string")),
  );
}
