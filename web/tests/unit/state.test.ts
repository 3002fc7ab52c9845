import { describe, expect, it } from "vitest";
import type { Todo } from "@/api/types";
import { buildDue, formatDue, isOverdue } from "@/lib/dates";
import { apiQuery, defaultFilters, filtersFromSearch, searchFromFilters, type Filters } from "@/lib/filters";
import { draftTodo, emptyList, listReducer, visibleRows, visibleTotal, type ListState } from "@/lib/optimistic";

const todo = (id: string, title: string, extra: Partial<Todo> = {}): Todo => ({ ...draftTodo(id, { title }), version: 1, ...extra });
const loaded = (items: Todo[]): ListState => listReducer(emptyList, { type: "loaded", items, total: items.length });

describe("optimistic writes", () => {
  it("shows a create at once as pending and keeps the server's version once confirmed", () => {
    let state = loaded([todo("a", "Old")]);
    state = listReducer(state, { type: "apply", op: { id: "op1", kind: "create", todo: draftTodo("b", { title: "New" }) } });
    expect(visibleRows(state).map((r) => [r.id, r.pending])).toEqual([["b", true], ["a", false]]);
    expect(visibleTotal(state)).toBe(2);
    state = listReducer(state, { type: "confirm", opId: "op1", result: todo("b", "New", { version: 1 }) });
    expect(state.ops).toEqual([]);
    expect(visibleRows(state).map((r) => [r.id, r.pending])).toEqual([["b", false], ["a", false]]);
    expect(visibleTotal(state)).toBe(2);
  });

  it("rolls back a failed edit to what the server last said", () => {
    let state = loaded([todo("a", "Call mom")]);
    state = listReducer(state, { type: "apply", op: { id: "op1", kind: "update", todoId: "a", fields: { title: "Call dad", priority: "high" } } });
    expect(visibleRows(state)[0]).toMatchObject({ title: "Call dad", priority: "high", pending: true });
    state = listReducer(state, { type: "rollback", opId: "op1" });
    expect(visibleRows(state)[0]).toMatchObject({ title: "Call mom", priority: "none", pending: false });
  });

  it("hides a delete, restores it on undo, and drops it for good once confirmed", () => {
    const base = loaded([todo("a", "A"), todo("b", "B")]);
    const deleting = listReducer(base, { type: "apply", op: { id: "d", kind: "delete", todoId: "a" } });
    expect(visibleRows(deleting).map((r) => r.id)).toEqual(["b"]);
    expect(visibleTotal(deleting)).toBe(1);
    expect(visibleRows(listReducer(deleting, { type: "rollback", opId: "d" })).map((r) => r.id)).toEqual(["a", "b"]);
    const confirmed = listReducer(deleting, { type: "confirm", opId: "d", result: { deleted: "a" } });
    expect(confirmed.items.map((t) => t.id)).toEqual(["b"]);
    expect(confirmed.total).toBe(1);
  });

  it("keeps later pending ops over a confirmed earlier one", () => {
    let state = loaded([todo("a", "A")]);
    state = listReducer(state, { type: "apply", op: { id: "c", kind: "complete", todoId: "a" } });
    state = listReducer(state, { type: "apply", op: { id: "u", kind: "update", todoId: "a", fields: { title: "A2" } } });
    state = listReducer(state, { type: "confirm", opId: "c", result: todo("a", "A", { completed: true, version: 2 }) });
    expect(visibleRows(state)[0]).toMatchObject({ title: "A2", completed: true, pending: true });
  });

  it("shows one row when the same create is applied twice (a double submit)", () => {
    let state = loaded([]);
    const op = { id: "k", kind: "create" as const, todo: draftTodo("x", { title: "Once" }) };
    state = listReducer(state, { type: "apply", op });
    state = listReducer(state, { type: "apply", op: { ...op, id: "k2" } });
    expect(visibleRows(state)).toHaveLength(1);
  });
});

describe("filters and the URL", () => {
  it("round-trips every filter through the query string", () => {
    const filters: Filters = { status: "pending", due: "week", priority: "high", tag: "work", q: "report", sort: "due", order: "desc" };
    const search = searchFromFilters(filters);
    expect(search).toBe("?status=pending&due=week&priority=high&tag=work&q=report&sort=due&order=desc");
    expect(filtersFromSearch(new URLSearchParams(search))).toEqual(filters);
  });

  it("leaves defaults out of the URL and ignores values it does not know", () => {
    expect(searchFromFilters(defaultFilters)).toBe("");
    expect(searchFromFilters({ ...defaultFilters, sort: "title", order: "asc" })).toBe("?sort=title");
    expect(filtersFromSearch(new URLSearchParams("status=nope&sort=evil&priority=urgent&tag=%23Home"))).toEqual({ ...defaultFilters, tag: "home" });
  });

  it("maps the view to the API's query parameters", () => {
    const now = new Date(2026, 11, 3, 15, 0); // Thursday
    const query = apiQuery({ ...defaultFilters, status: "completed", due: "overdue", tag: "home", q: " milk " }, "Europe/Berlin", now);
    expect(query).toMatchObject({ status: "completed", overdue: "true", tag: "home", q: "milk", tz: "Europe/Berlin", limit: "200", offset: "0" });
    const week = apiQuery({ ...defaultFilters, due: "week" }, "UTC", now);
    expect(week.dueAfter?.slice(0, 10)).toBe("2026-12-03");
    expect(week.dueBefore?.slice(0, 10)).toBe("2026-12-07"); // up to next Monday
  });
});

describe("dues in the browser's time zone", () => {
  it("formats relative days and times", () => {
    const now = new Date(2026, 11, 3, 9, 0);
    expect(formatDue("2026-12-03", now)).toBe("today");
    expect(formatDue(buildDue("2026-12-04", "18:30")!, now)).toBe("tomorrow 18:30");
    expect(formatDue("2026-12-11", now)).toBe("Fri 11 Dec");
    expect(formatDue("2027-01-05", now)).toBe("Tue 5 Jan 2027");
  });

  it("marks overdue by day for all-day dues and by instant for timed ones", () => {
    const now = new Date(2026, 11, 3, 9, 0);
    expect(isOverdue("2026-12-03", false, now)).toBe(false);
    expect(isOverdue("2026-12-02", false, now)).toBe(true);
    expect(isOverdue("2026-12-02", true, now)).toBe(false);
    expect(isOverdue(buildDue("2026-12-03", "08:59"), false, now)).toBe(true);
  });

  it("builds an all-day date or a date-time with the browser's offset", () => {
    expect(buildDue("", "10:00")).toBeNull();
    expect(buildDue("2026-12-24", "")).toBe("2026-12-24");
    expect(buildDue("2026-12-24", "18:00")).toMatch(/^2026-12-24T18:00:00[+-]\d\d:\d\d$/);
  });
});
