import type { ConnectionState } from "./use-live-article";

export function PresenceBar({
  readers,
  connection,
}: {
  readers: { id: string; name: string }[];
  connection: ConnectionState;
}) {
  return (
    <div className="mb-3 flex items-center justify-between gap-2 text-xs text-stone-600">
      <p aria-live="polite">
        {readers.length ? (
          <>
            Also reading:{" "}
            {readers.map((reader, index) => (
              <span key={reader.id}>
                {index > 0 ? ", " : ""}
                <span className="font-medium text-stone-900">{reader.name}</span>
              </span>
            ))}
          </>
        ) : (
          "Nobody else is reading this article."
        )}
      </p>
      <p className="flex items-center gap-1" aria-live="polite">
        <span
          aria-hidden
          className={`h-2 w-2 rounded-full ${connection === "live" ? "bg-green-600" : "bg-amber-500"}`}
        />
        {connection === "live" ? "Live" : connection === "connecting" ? "Connecting…" : "Reconnecting…"}
      </p>
    </div>
  );
}
