"use client";
// The note composer's @-autocomplete: typing "@" and some letters offers the workspace's members;
// arrows move, Enter or Tab inserts the mention (stored as the member's id), Escape closes.
import { useState, type KeyboardEvent } from "react";
import { mentionQueryAt, mentionToken, type MentionCandidate } from "@/lib/notifications/mentions";

const MAX_OPTIONS = 6;

export function useMentionAutocomplete(options: {
  members: MentionCandidate[];
  excludeId?: string;
  value: string;
  onChange: (next: string, caret: number) => void;
}) {
  const [query, setQuery] = useState<{ start: number; caret: number; text: string } | null>(null);
  const [active, setActive] = useState(0);
  const needle = query?.text.toLocaleLowerCase() ?? "";
  const matches = query
    ? options.members
        .filter((m) => m.id !== options.excludeId)
        .filter(
          (m) =>
            m.name
              .toLocaleLowerCase()
              .split(/\s+/)
              .some((part) => part.startsWith(needle)) || m.name.toLocaleLowerCase().startsWith(needle),
        )
        .slice(0, MAX_OPTIONS)
    : [];
  const open = matches.length > 0;

  /** Call with the textarea's text and caret after each change or caret move. */
  const track = (text: string, caret: number) => {
    const found = mentionQueryAt(text, caret);
    setQuery(found ? { start: found.start, caret, text: found.query } : null);
    setActive(0);
  };

  const choose = (member: MentionCandidate) => {
    if (!query) return;
    const token = `${mentionToken(member)} `;
    const next = options.value.slice(0, query.start) + token + options.value.slice(query.caret);
    setQuery(null);
    options.onChange(next, query.start + token.length);
  };

  /** Handles the key if the list is open; true when it did (the composer then ignores it). */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + matches.length) % matches.length);
      return true;
    }
    if ((event.key === "Enter" && !event.ctrlKey && !event.metaKey) || event.key === "Tab") {
      event.preventDefault();
      choose(matches[active] ?? matches[0]!);
      return true;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
      return true;
    }
    return false;
  };

  return { open, matches, active, track, choose, onKeyDown, close: () => setQuery(null) };
}
