"use client";

import { useState, useTransition } from "react";
import {
  DELIVERY_LABELS,
  NOTIFICATION_DELIVERIES,
  type NotificationDelivery,
} from "@/lib/notifications/notification-kinds";
import { SaveError } from "@/components/ui/save-error";
import { setNotificationPreferenceAction } from "../../notifications/actions";

type Choice = NotificationDelivery | "";

/** How one hears of notifications: a default and, per workspace, "as my default" or another choice. Saves on change. */
export function NotificationPreferencesForm({
  defaultDelivery,
  workspaces,
  mailConfigured,
}: {
  defaultDelivery: NotificationDelivery;
  workspaces: { id: string; name: string; delivery: NotificationDelivery | null }[];
  mailConfigured: boolean;
}) {
  const [choices, setChoices] = useState<Record<string, Choice>>(() => ({
    default: defaultDelivery,
    ...Object.fromEntries(workspaces.map((w) => [w.id, w.delivery ?? ""])),
  }));
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const save = (scope: string, choice: Choice) => {
    const previous = choices[scope] ?? "";
    setChoices((current) => ({ ...current, [scope]: choice }));
    startTransition(async () => {
      const result = await setNotificationPreferenceAction({ scope, delivery: choice === "" ? null : choice });
      if (result.ok) {
        setError(null);
        setStatus("Saved.");
      } else {
        setChoices((current) => ({ ...current, [scope]: previous }));
        setError(result.error);
        setStatus("");
      }
    });
  };
  const select = (scope: string, label: string, allowDefault: boolean) => (
    <div key={scope} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
      <label htmlFor={`notify-${scope}`} className="text-sm text-stone-800">
        {label}
      </label>
      <select
        id={`notify-${scope}`}
        value={choices[scope] ?? ""}
        disabled={pending}
        onChange={(event) => save(scope, event.target.value as Choice)}
        className="rounded-md border border-stone-300 px-2 py-1 text-sm"
      >
        {allowDefault ? <option value="">As my default</option> : null}
        {NOTIFICATION_DELIVERIES.map((delivery) => (
          <option key={delivery} value={delivery}>
            {DELIVERY_LABELS[delivery]}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div>
      {mailConfigured ? null : (
        <p className="mb-2 text-sm text-amber-800">
          This Margin sends no e-mail yet (its administrator has not set up a mail server): you will see notifications
          in Margin only.
        </p>
      )}
      {select("default", "By default", false)}
      {workspaces.length ? (
        <fieldset className="mt-2 border-t border-stone-200 pt-2">
          <legend className="text-xs font-medium text-stone-600">In each workspace</legend>
          {workspaces.map((w) => select(w.id, w.name, true))}
        </fieldset>
      ) : null}
      <p role="status" className="mt-1 text-xs text-stone-600">
        {status}
      </p>
      <SaveError message={error} canRetry={false} pending={pending} onRetry={() => {}} />
    </div>
  );
}
