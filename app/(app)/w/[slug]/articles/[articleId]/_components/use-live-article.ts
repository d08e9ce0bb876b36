"use client";

// Subscribes to the article's live stream. Every change event (or a reconnect, after which the
// server replays what was missed) schedules one refresh; presence events update who is reading.
import { useEffect, useRef, useState } from "react";

export interface LiveChange {
  id: number;
  claimId: string | null;
  action: string;
  entityType: string;
  actorId: string | null;
}

export type ConnectionState = "connecting" | "live" | "reconnecting";

export function useLiveArticle(options: { url: string; onChanges: (changes: LiveChange[]) => void }): {
  readers: { id: string; name: string }[];
  connection: ConnectionState;
} {
  const [readers, setReaders] = useState<{ id: string; name: string }[]>([]);
  const [connection, setConnection] = useState<ConnectionState>("connecting");
  const onChanges = useRef(options.onChanges);
  useEffect(() => {
    onChanges.current = options.onChanges;
  }, [options.onChanges]);

  useEffect(() => {
    const seen = new Set<number>();
    let batch: LiveChange[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let source: EventSource | null = null;
    let hadError = false;
    let stopped = false;
    const flush = () => {
      timer = null;
      const changes = batch;
      batch = [];
      onChanges.current(changes);
    };
    const schedule = () => {
      timer ??= setTimeout(flush, 120);
    };
    const connect = () => {
      source = new EventSource(options.url);
      source.addEventListener("open", () => {
        setConnection("live");
        // After a lost connection, read everything again as well as the replayed events.
        if (hadError) schedule();
      });
      source.addEventListener("error", () => {
        hadError = true;
        setConnection("reconnecting");
        // The browser retries by itself unless the server refused the stream outright.
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          retry = setTimeout(connect, 3000);
        }
      });
      source.addEventListener("change", (message) => {
        const change = JSON.parse((message as MessageEvent<string>).data) as LiveChange;
        if (seen.has(change.id)) return;
        seen.add(change.id);
        batch.push(change);
        schedule();
      });
      source.addEventListener("presence", (message) => {
        setReaders(
          (JSON.parse((message as MessageEvent<string>).data) as { readers: { id: string; name: string }[] }).readers,
        );
      });
    };
    connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [options.url]);

  return { readers, connection };
}
