"use client";

import { useEffect } from "react";
import { TodoItem } from "./todo-item";
import { quietButton } from "./ui";
import type { TodosModel } from "./use-todos";

export function TodoList({ todos }: { todos: TodosModel }) {
  // After the data arrived and React committed it: the moment the list is on screen and interactive.
  useEffect(() => {
    if (todos.phase !== "ready" || !todos.renderedAt) return;
    performance.mark("todos:rendered");
    // The next task runs once the browser is free again (layout and paint done): the list takes input.
    const timer = setTimeout(() => performance.mark("todos:interactive"), 0);
    return () => clearTimeout(timer);
  }, [todos.phase, todos.renderedAt]);

  if (todos.phase === "loading" && todos.rows.length === 0) {
    return (
      <div role="status" aria-live="polite" className="space-y-2" aria-label="Loading your todos">
        {[0, 1, 2].map((i) => <div key={i} className="h-14 animate-pulse rounded-xl bg-slate-200/70 dark:bg-slate-800/70" />)}
        <span className="sr-only">Loading your todos…</span>
      </div>
    );
  }
  if (todos.phase === "error") {
    return (
      <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100">
        <p className="font-medium">Your todos could not be loaded.</p>
        <p className="mt-1">{todos.loadError}</p>
        <button type="button" className={`${quietButton} mt-2 -ml-2`} onClick={() => todos.reload()}>Try again</button>
      </div>
    );
  }
  if (todos.rows.length === 0) {
    const filtered = window.location.search.length > 1;
    return (
      <div className="rounded-2xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
        <p className="font-medium">{filtered ? "Nothing matches these filters." : "No todos yet."}</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {filtered ? "Clear the filters to see everything." : "Add one above, or tell the assistant: “remind me to call mom tomorrow at 6pm”."}
        </p>
      </div>
    );
  }
  const remaining = todos.serverTotal - todos.loaded;
  return (
    <section aria-labelledby="count">
      <p id="count" className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        {todos.total} {todos.total === 1 ? "todo" : "todos"}{todos.phase === "loading" ? " · updating…" : ""}
      </p>
      <ul className="space-y-2" data-testid="todo-list">
        {todos.rows.map((todo) => (
          <TodoItem key={todo.id} todo={todo} onToggle={todos.toggle} onSave={todos.update} onDelete={todos.remove} />
        ))}
      </ul>
      {remaining > 0 && (
        <button type="button" className={`${quietButton} mt-3 w-full border border-slate-200 dark:border-slate-800`}
          disabled={todos.loadingMore} onClick={() => todos.loadMore()}>
          {todos.loadingMore ? "Loading…" : `Show more (${remaining} left)`}
        </button>
      )}
    </section>
  );
}
