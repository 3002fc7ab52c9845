// Dues come as an all-day date ("2026-12-24") or a date-time with offset; they are shown in the
// browser's time zone ("today 18:00", "Fri 4 Dec").

export type ParsedDue = { allDay: boolean; date: Date };

export function parseDue(due: string): ParsedDue {
  if (due.length === 10) {
    const [y, m, d] = due.split("-").map(Number);
    return { allDay: true, date: new Date(y, m - 1, d) };
  }
  return { allDay: false, date: new Date(due) };
}

const dayMs = 86_400_000;

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function dayDifference(date: Date, now: Date): number {
  return Math.round((startOfDay(date).getTime() - startOfDay(now).getTime()) / dayMs);
}

function time(date: Date): string {
  return `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
}

export function formatDue(due: string, now = new Date()): string {
  const { allDay, date } = parseDue(due);
  const days = dayDifference(date, now);
  const relative = days === 0 ? "today" : days === 1 ? "tomorrow" : days === -1 ? "yesterday" : null;
  const day =
    relative ??
    date.toLocaleDateString("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      ...(date.getFullYear() !== now.getFullYear() ? { year: "numeric" } : {}),
    }).replace(",", "");
  return allDay ? day : `${day} ${time(date)}`;
}

export function isOverdue(due: string | null, completed: boolean, now = new Date()): boolean {
  if (!due || completed) return false;
  const { allDay, date } = parseDue(due);
  return allDay ? dayDifference(date, now) < 0 : date.getTime() < now.getTime();
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, "0");
}

/** "+01:00" for the browser's offset at that local moment (so DST is right for the day chosen). */
export function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  return `${minutes >= 0 ? "+" : "-"}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The API's due from a date input ("2026-12-24") and an optional time input ("18:00"). */
export function buildDue(date: string, time: string): string | null {
  if (!date) return null;
  if (!time) return date;
  const [y, m, d] = date.split("-").map(Number);
  const [h, min] = time.split(":").map(Number);
  return `${date}T${time}:00${offsetOf(new Date(y, m - 1, d, h, min))}`;
}

/** The date and time inputs' values for a due, in the browser's zone. */
export function dueInputs(due: string | null): { date: string; time: string } {
  if (!due) return { date: "", time: "" };
  const { allDay, date } = parseDue(due);
  return { date: localDate(date), time: allDay ? "" : time(date) };
}

export function localInstant(date: Date): string {
  return `${localDate(date)}T${time(date)}:00${offsetOf(date)}`;
}

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
