// Mentions in notes are stored as the member's id, `@[Display name](user:<id>)`, and shown as the
// member's current name, so renaming someone renames every mention of them. The display name in
// the token is only a fallback for someone no longer in the workspace. Safe in the browser.

const MENTION = /@\[((?:[^\]\\]|\\.){1,120})\]\(user:([A-Za-z0-9-]{1,64})\)/g;

export interface MentionCandidate {
  id: string;
  name: string;
}

/** The token the composer inserts for a member (brackets in a name are escaped). */
export function mentionToken(member: MentionCandidate): string {
  return `@[${member.name.replace(/[\\\]]/g, "\\$&")}](user:${member.id})`;
}

/** Ids mentioned in a body, each once, in order of first mention. */
export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => match[2]!))];
}

function unescape(display: string): string {
  return display.replace(/\\(.)/g, "$1");
}

/** Markdown punctuation in a name is escaped so a name never turns into formatting or a link. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, "\\$&");
}

/**
 * Replaces each mention by `@Current Name` (names from `nameOf`, falling back to the name stored
 * in the token). `markdown` escapes the name for a Markdown renderer; `text` gives plain text for
 * exports, search snippets and e-mails.
 */
export function renderMentions(
  body: string,
  nameOf: (id: string) => string | undefined,
  format: "markdown" | "text",
): string {
  return body.replace(MENTION, (_, display: string, id: string) => {
    const name = nameOf(id) ?? unescape(display);
    return `@${format === "markdown" ? escapeMarkdown(name) : name}`;
  });
}

/** The `@word` being typed just before the caret, or null: what the composer completes. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|[\s(])@([^\s@[\]()]{0,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}
