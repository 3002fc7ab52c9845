"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiClient } from "@/api/client";
import type { ReminderFired, ReminderInput, Todo } from "@/api/types";
import { Field, inputClass, quietButton } from "./ui";

// Reminders kept apart from the form, editor and workspace: the field that sets them, and the alerts that
// show them when the reminders function fires one (a `reminder-fired` live update) or it was missed.

const leadTimes: { value: string; label: string }[] = [
  { value: "PT10M", label: "10 minutes before due" },
  { value: "PT1H", label: "1 hour before due" },
  { value: "P1D", label: "1 day before due" },
];

/** The reminder a form asks for: none, a lead time before the due, or a local date-time (`remindAt`). "keep" leaves the todo's as they are. */
export function remindersFrom(data: FormData): ReminderInput[] | "keep" {
  const choice = String(data.get("remind") ?? "");
  if (choice === "keep") return "keep";
  if (choice === "at") {
    const local = String(data.get("remindAt") ?? "");
    const at = local ? new Date(local) : null;
    return at && !Number.isNaN(at.getTime()) ? [{ at: at.toISOString().replace(/\.\d{3}Z$/, "Z") }] : [];
  }
  return choice ? [{ before: choice }] : [];
}

export function ReminderField({ id, keep }: { id: string; keep?: Todo["reminders"] }) {
  const [choice, setChoice] = useState(keep?.length ? "keep" : "");
  return (
    <>
      <Field label="Remind me" htmlFor={id}>
        <select id={id} name="remind" value={choice} onChange={(e) => setChoice(e.target.value)} className={inputClass}>
          {keep?.length ? <option value="keep">As set ({keep.map(describe).join(", ")})</option> : null}
          <option value="">Never</option>
          {leadTimes.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
          <option value="at">At a time…</option>
        </select>
      </Field>
      {choice === "at" && (
        <Field label="Remind at" htmlFor={`${id}-at`}>
          <input id={`${id}-at`} name="remindAt" type="datetime-local" required className={inputClass} />
        </Field>
      )}
    </>
  );
}

function describe(r: NonNullable<Todo["reminders"]>[number]): string {
  if (r.before) return leadTimes.find((t) => t.value === r.before)?.label ?? `${r.before} before due`;
  return r.at ? new Date(r.at).toLocaleString() : "?";
}

export function ReminderBadge({ reminders }: { reminders?: Todo["reminders"] }) {
  if (!reminders?.length) return null;
  const next = reminders.map((r) => r.firesAt).filter((t): t is string => !!t).sort()[0];
  return (
    <span data-testid="reminders" title={reminders.map(describe).join(", ")}
      className="rounded-md bg-amber-100 px-1.5 py-0.5 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
      <span aria-hidden="true">⏰ </span>{next ? `Reminder ${new Date(next).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}` : "Reminder"}
    </span>
  );
}

type Alert = { id: string; title: string; missed: boolean; at: string };

/** Alerts for fired and missed reminders, with snooze and dismiss; a browser notification too where the user allowed it. */
export function useReminders(api: ApiClient) {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [permission, setPermission] = useState<NotificationPermission | "unsupported">(
    () => (typeof Notification === "undefined" ? "unsupported" : Notification.permission));
  const seen = useRef(new Set<string>());

  const add = useCallback((alert: Alert) => {
    setAlerts((all) => [...all.filter((a) => a.id !== alert.id), alert]);
  }, []);

  // On open: what was missed while the app was closed.
  useEffect(() => {
    let live = true;
    api.listReminders().then((list) => {
      if (!live) return;
      for (const r of list.items.filter((r) => r.state === "missed")) add({ id: r.id, title: r.title, missed: true, at: r.fireAt });
    }).catch(() => { /* the list stays as the stream fills it */ });
    return () => { live = false; };
  }, [api, add]);

  const onReminder = useCallback((fired: ReminderFired) => {
    add({ id: fired.reminderId, title: fired.title, missed: fired.missed, at: fired.fireAt });
    // Each firing once per tab, also when a snoozed reminder fires again later under the same id.
    const key = `${fired.reminderId}@${fired.fireAt}`;
    if (seen.current.has(key)) return;
    seen.current.add(key);
    if (typeof Notification !== "undefined" && Notification.permission === "granted") {
      try { new Notification(fired.missed ? `Missed reminder: ${fired.title}` : `Reminder: ${fired.title}`, { tag: key }); } catch { /* not allowed here */ }
    }
  }, [add]);

  const settle = useCallback(async (id: string, action: () => Promise<unknown>) => {
    setAlerts((all) => all.filter((a) => a.id !== id));
    try { await action(); } catch { /* shown again on the next open if it is still missed */ }
  }, []);

  const snooze = useCallback((id: string) => settle(id, () => api.snoozeReminder(id, "PT10M")), [api, settle]);
  const dismiss = useCallback((id: string) => settle(id, () => api.dismissReminder(id)), [api, settle]);
  const askPermission = useCallback(async () => {
    if (typeof Notification === "undefined") return;
    setPermission(await Notification.requestPermission());
  }, []);

  return { alerts, onReminder, snooze, dismiss, permission, askPermission };
}

export function ReminderAlerts({ model }: { model: ReturnType<typeof useReminders> }) {
  if (model.alerts.length === 0) return null;
  return (
    <section aria-label="Reminders" aria-live="polite"
      className="fixed right-3 top-16 z-40 flex w-[min(24rem,calc(100vw-1.5rem))] flex-col gap-2">
      {model.permission === "default" && (
        <button type="button" className={`${quietButton} self-end bg-white shadow dark:bg-slate-900`} onClick={() => void model.askPermission()}>
          Also notify me outside this tab
        </button>
      )}
      {model.alerts.map((a) => (
        <div key={a.id} data-testid="reminder-alert"
          className="rounded-xl bg-amber-50 p-3 text-sm text-amber-950 shadow-lg ring-1 ring-amber-200 dark:bg-amber-950 dark:text-amber-50 dark:ring-amber-800">
          <p className="font-semibold"><span aria-hidden="true">⏰ </span>{a.missed ? "Missed reminder" : "Reminder"}: {a.title}</p>
          <p className="text-xs opacity-80">{a.missed ? "Was due " : "Due "}{new Date(a.at).toLocaleString()}</p>
          <div className="mt-2 flex justify-end gap-2">
            <button type="button" className={quietButton} onClick={() => void model.snooze(a.id)}>Snooze 10 min</button>
            <button type="button" className={quietButton} onClick={() => void model.dismiss(a.id)}>Dismiss</button>
          </div>
        </div>
      ))}
    </section>
  );
}
