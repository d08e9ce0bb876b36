"use client";

// The `?` sheet: the reader's keyboard shortcuts in a modal dialog. The native <dialog> makes the
// page behind it inert and closes on Escape; Tab cycles inside it (the browser would let it leave
// for its own toolbar); focus goes back to where it was when it closes.
import { useEffect, useRef, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { SHORTCUTS } from "@/lib/reader/shortcuts";

const FOCUSABLE = "button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex='-1'])";

function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey ? active === first || active === event.currentTarget : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-heading"
      onKeyDown={keepTabInside}
      onClose={() => {
        onClose();
        returnTo.current?.focus({ preventScroll: true });
      }}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-5 text-ink shadow-xl backdrop:bg-stone-900/40"
    >
      <div className="mb-3 flex items-center justify-between gap-4">
        <h2 id="shortcuts-heading" className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <Button size="sm" variant="ghost" onClick={() => dialog.current?.close()}>
          Close
        </Button>
      </div>
      <p className="mb-3 text-sm text-stone-700">
        They work anywhere on the article page except while typing in a field (where only Ctrl+Enter does).
      </p>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.what} className="border-t border-stone-200 align-top">
              <td className="whitespace-nowrap py-1.5 pr-4">
                {shortcut.keys.map((key, i) =>
                  key === "…" ? (
                    <span key={i}> … </span>
                  ) : (
                    <kbd key={i} className="mr-1 rounded border border-stone-300 bg-stone-50 px-1.5 font-mono text-xs">
                      {key}
                    </kbd>
                  ),
                )}
              </td>
              <td className="py-1.5">{shortcut.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
