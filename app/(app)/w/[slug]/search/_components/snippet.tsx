import { plainSnippet } from "@/lib/search/plain-snippet";

/** A search snippet without its Markdown, with the database's [[match]] markers drawn as <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts = plainSnippet(text).split(/(\[\[.*?\]\])/g);
  return (
    <span>
      {parts.map((part, index) =>
        part.startsWith("[[") && part.endsWith("]]") ? (
          <mark key={index} className="bg-yellow-200 text-ink">
            {part.slice(2, -2)}
          </mark>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </span>
  );
}
