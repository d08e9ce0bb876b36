/** A search snippet with the database's [[match]] markers drawn as <mark>, everything else as text. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[\[.*?\]\])/g);
  return (
    <span>
      {parts.map((part, index) =>
        part.startsWith("[[") && part.endsWith("]]") ? (
          <mark key={index} className="bg-yellow-200">
            {part.slice(2, -2)}
          </mark>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </span>
  );
}
