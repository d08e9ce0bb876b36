"use client";

import { TimeStamp } from "@/components/ui/time-stamp";
import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { revokeSessionAction, signOutEverywhereAction } from "../actions";

export interface SessionRow {
  id: string;
  device: string;
  signedIn: string;
  lastSeen: string;
  current: boolean;
}

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Browsers signed in to your account</caption>
        <thead className="text-xs text-stone-600">
          <tr>
            <th scope="col">Browser</th>
            <th scope="col">Signed in</th>
            <th scope="col">Last seen</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className="border-t border-stone-200">
              <td className="py-1.5">
                {session.device}
                {session.current ? <strong className="ml-2 text-xs">(this browser)</strong> : null}
              </td>
              <td>
                <TimeStamp date={session.signedIn} />
              </td>
              <td>
                <TimeStamp date={session.lastSeen} />
              </td>
              <td className="text-right">
                {session.current ? null : (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="text-red-700"
                    disabled={pending}
                    onClick={() =>
                      startTransition(async () => {
                        const result = await revokeSessionAction(session.id);
                        setError(result.ok ? null : result.error);
                      })
                    }
                  >
                    Sign out
                    <span className="sr-only">
                      {" "}
                      the session signed in <TimeStamp date={session.signedIn} />
                    </span>
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("Sign out of Margin in every browser, this one included?")) return;
          startTransition(async () => {
            const result = await signOutEverywhereAction();
            if (!result.ok) {
              setError(result.error);
              return;
            }
            await signOut({ callbackUrl: "/sign-in" });
          });
        }}
      >
        Sign out everywhere
      </Button>
    </div>
  );
}
