import type { Priority, TodoQuery } from "@/api/types";
import { localDate, localInstant, startOfDay } from "./dates";

// The list's view (filters + sort) lives in the URL so a reload or a shared link shows the same view.

export type DueFilter = "" | "overdue" | "today" | "week";
export type Sort = "created" | "due" | "priority" | "title";

export type Filters = {
  status: "all" | "pending" | "completed";
  due: DueFilter;
  priority: "" | Priority;
  tag: string;
  q: string;
  sort: Sort;
  order: "asc" | "desc";
};

export const defaultOrder: Record<Sort, "asc" | "desc"> = { created: "desc", due: "asc", priority: "desc", title: "asc" };

export const defaultFilters: Filters = { status: "all", due: "", priority: "", tag: "", q: "", sort: "created", order: "desc" };

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function filtersFromSearch(search: URLSearchParams): Filters {
  const sort = oneOf(search.get("sort"), ["created", "due", "priority", "title"] as const, "created");
  return {
    status: oneOf(search.get("status"), ["all", "pending", "completed"] as const, "all"),
    due: oneOf(search.get("due"), ["", "overdue", "today", "week"] as const, ""),
    priority: oneOf(search.get("priority"), ["", "none", "low", "medium", "high"] as const, ""),
    tag: (search.get("tag") ?? "").trim().replace(/^#/, "").toLowerCase(),
    q: search.get("q") ?? "",
    sort,
    order: oneOf(search.get("order"), ["asc", "desc"] as const, defaultOrder[sort]),
  };
}

/** Only what differs from the defaults, in a fixed order, so equal views have equal URLs. */
export function searchFromFilters(filters: Filters): string {
  const search = new URLSearchParams();
  if (filters.status !== defaultFilters.status) search.set("status", filters.status);
  if (filters.due) search.set("due", filters.due);
  if (filters.priority) search.set("priority", filters.priority);
  if (filters.tag) search.set("tag", filters.tag);
  if (filters.q.trim()) search.set("q", filters.q.trim());
  if (filters.sort !== defaultFilters.sort) search.set("sort", filters.sort);
  if (filters.order !== defaultOrder[filters.sort]) search.set("order", filters.order);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/**
 * An all-day due sorts at midnight UTC of its date, a timed one at its instant; a local day range must
 * include both, so each bound takes the wider of the local and the UTC midnight.
 */
function dayRange(from: Date, to: Date): { dueAfter: string; dueBefore: string } {
  const utcMidnight = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return {
    dueAfter: from.getTime() <= utcMidnight(from) ? localInstant(from) : localDate(from),
    dueBefore: to.getTime() >= utcMidnight(to) ? localInstant(to) : localDate(to),
  };
}

export function apiQuery(filters: Filters, timeZone: string, now = new Date(), offset = 0, limit = 200): TodoQuery {
  const query: TodoQuery = {
    sort: filters.sort,
    order: filters.order,
    tz: timeZone,
    offset: String(offset),
    limit: String(limit),
  };
  if (filters.status !== "all") query.status = filters.status;
  if (filters.priority) query.priority = filters.priority;
  if (filters.tag) query.tag = filters.tag;
  if (filters.q.trim()) query.q = filters.q.trim();
  const today = startOfDay(now);
  if (filters.due === "overdue") query.overdue = "true";
  if (filters.due === "today") Object.assign(query, dayRange(today, addDays(today, 1)));
  if (filters.due === "week") {
    const daysToMonday = ((8 - today.getDay()) % 7) || 7;
    Object.assign(query, dayRange(today, addDays(today, daysToMonday)));
  }
  return query;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}
