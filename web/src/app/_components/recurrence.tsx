"use client";

import type { Recurrence } from "@/api/types";
import { Field, inputClass } from "./ui";

// Kept apart from the form and item components so the recurrence UI stays one small, separate piece.

export type RepeatChoice = "" | "daily" | "weekdays" | "weekly" | "monthly" | "yearly";

const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** The RRULE for a choice; weekly and monthly repeat on the due date's weekday or day of month when one is set. */
export function ruleFor(choice: RepeatChoice, dueDate: string): string | null {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? new Date(`${dueDate}T12:00:00Z`) : null;
  switch (choice) {
    case "daily": return "FREQ=DAILY";
    case "weekdays": return "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
    case "weekly": return date ? `FREQ=WEEKLY;BYDAY=${weekdayCodes[date.getUTCDay()]}` : "FREQ=WEEKLY";
    case "monthly": return date ? `FREQ=MONTHLY;BYMONTHDAY=${date.getUTCDate()}` : "FREQ=MONTHLY";
    case "yearly": return "FREQ=YEARLY";
    default: return null;
  }
}

export function RepeatSelect({ id, name = "repeat" }: { id: string; name?: string }) {
  return (
    <Field label="Repeats" htmlFor={id}>
      <select id={id} name={name} defaultValue="" className={inputClass}>
        <option value="">Never</option>
        <option value="daily">Every day</option>
        <option value="weekdays">Every weekday</option>
        <option value="weekly">Every week</option>
        <option value="monthly">Every month</option>
        <option value="yearly">Every year</option>
      </select>
    </Field>
  );
}

export function RecurrenceBadge({ recurrence }: { recurrence?: Recurrence | null }) {
  if (!recurrence) return null;
  return (
    <span data-testid="recurrence" title={`${recurrence.rule} (${recurrence.timeZone})`}
      className="rounded-md bg-emerald-100 px-1.5 py-0.5 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
      <span aria-hidden="true">↻ </span>{recurrence.summary}
    </span>
  );
}
