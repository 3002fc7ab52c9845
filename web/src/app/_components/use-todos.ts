"use client";

import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { newIdempotencyKey, type ApiClient } from "@/api/client";
import { ApiError } from "@/api/problem";
import type { Accepted, Todo, TodoFields } from "@/api/types";
import { browserTimeZone } from "@/lib/dates";
import { apiQuery, filtersFromSearch, searchFromFilters, type Filters } from "@/lib/filters";
import { draftTodo, emptyList, listReducer, visibleRows, visibleTotal, type Op } from "@/lib/optimistic";

export const pageSize = 200;
const undoMs = 5_000;

export type Notify = (text: string, options?: { tone?: "info" | "error"; action?: { label: string; run: () => void }; ms?: number }) => void;

/** The list, its view in the URL, and optimistic writes confirmed through GET /api/commands/{id}. */
export function useTodos(api: ApiClient, notify: Notify) {
  const [filters, setFiltersState] = useState<Filters>(() => filtersFromSearch(new URLSearchParams(window.location.search)));
  const [state, dispatch] = useReducer(listReducer, emptyList);
  const [phase, setPhase] = useState<"loading" | "ready" | "error">("loading");
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [renderedAt, setRenderedAt] = useState(0);
  const generation = useRef(0);
  // Deletes waiting out their undo time; sent at once if the page goes away first.
  const waitingDeletes = useRef(new Map<string, () => void>());

  const setFilters = useCallback((next: Filters) => {
    setFiltersState(next);
    window.history.replaceState(null, "", `${window.location.pathname}${searchFromFilters(next)}`);
  }, []);

  useEffect(() => {
    const onPop = () => setFiltersState(filtersFromSearch(new URLSearchParams(window.location.search)));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    const flush = () => { for (const send of waitingDeletes.current.values()) send(); waitingDeletes.current.clear(); };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, []);

  const load = useCallback(async (quiet = false) => {
    const mine = ++generation.current;
    if (!quiet) setPhase("loading");
    try {
      const page = await api.listTodos(apiQuery(filters, browserTimeZone(), new Date(), 0, pageSize));
      if (mine !== generation.current) return;
      performance.mark("todos:data");
      dispatch({ type: "loaded", items: page.items, total: page.total });
      setPhase("ready");
      setRenderedAt(Date.now());
    } catch (e) {
      if (mine !== generation.current || (e instanceof ApiError && e.status === 401)) return;
      setLoadError((e as Error).message);
      setPhase("error");
    }
  }, [api, filters]);

  useEffect(() => { void load(); }, [load]);

  const loadMore = useCallback(async () => {
    setLoadingMore(true);
    try {
      const page = await api.listTodos(apiQuery(filters, browserTimeZone(), new Date(), state.items.length, pageSize));
      dispatch({ type: "loaded", items: page.items, total: page.total, append: true });
    } catch (e) {
      notify(`Could not load more: ${(e as Error).message}`, { tone: "error" });
    } finally {
      setLoadingMore(false);
    }
  }, [api, filters, state.items.length, notify]);

  const run = useCallback(async (op: Op, send: (key: string) => Promise<Accepted>, what: string) => {
    dispatch({ type: "apply", op });
    try {
      const accepted = await send(newIdempotencyKey());
      const done = await api.settle<Todo | { deleted: string }>(accepted.commandId);
      dispatch({ type: "confirm", opId: op.id, result: done.result });
    } catch (e) {
      dispatch({ type: "rollback", opId: op.id });
      if (e instanceof ApiError && e.status === 401) return;
      notify(`${what} failed: ${(e as Error).message}`, { tone: "error" });
    }
  }, [api, notify]);

  const create = useCallback((id: string, fields: TodoFields & { title: string }, key: string) =>
    run({ id: key, kind: "create", todo: draftTodo(id, fields) }, () => api.createTodo({ id, ...fields }, key), `Adding “${fields.title}”`),
  [api, run]);

  const update = useCallback((todo: Todo, fields: TodoFields) =>
    run({ id: crypto.randomUUID(), kind: "update", todoId: todo.id, fields }, (key) => api.updateTodo(todo.id, fields, key), `Saving “${todo.title}”`),
  [api, run]);

  const toggle = useCallback((todo: Todo) => {
    const kind = todo.completed ? "reopen" : "complete";
    return run({ id: crypto.randomUUID(), kind, todoId: todo.id },
      (key) => (kind === "complete" ? api.completeTodo(todo.id, key) : api.reopenTodo(todo.id, key)),
      `${kind === "complete" ? "Completing" : "Reopening"} “${todo.title}”`);
  }, [api, run]);

  // Deleting hides the todo at once; the DELETE is sent only when the 5-second undo has passed.
  const remove = useCallback((todo: Todo) => {
    const op: Op = { id: crypto.randomUUID(), kind: "delete", todoId: todo.id };
    dispatch({ type: "apply", op });
    let undone = false;
    const timer = setTimeout(() => {
      waitingDeletes.current.delete(op.id);
      if (undone) return;
      dispatch({ type: "rollback", opId: op.id });
      void run(op, (key) => api.deleteTodo(todo.id, key), `Deleting “${todo.title}”`);
    }, undoMs);
    waitingDeletes.current.set(op.id, () => { clearTimeout(timer); void api.deleteTodo(todo.id, newIdempotencyKey(), true).catch(() => {}); });
    notify(`Deleted “${todo.title}”.`, {
      ms: undoMs,
      action: {
        label: "Undo",
        run: () => {
          undone = true;
          clearTimeout(timer);
          waitingDeletes.current.delete(op.id);
          dispatch({ type: "rollback", opId: op.id });
          notify(`Restored “${todo.title}”.`);
        },
      },
    });
  }, [api, run, notify]);

  return {
    filters, setFilters, phase, loadError, rows: visibleRows(state), total: visibleTotal(state),
    loaded: state.items.length, serverTotal: state.total, loadingMore, renderedAt,
    reload: load, loadMore, create, update, toggle, remove,
  };
}

export type TodosModel = ReturnType<typeof useTodos>;
