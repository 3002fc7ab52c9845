"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiClient } from "@/api/client";
import type { Session } from "@/lib/session";
import { AddTodoForm } from "./add-todo-form";
import { ChatPanel } from "./chat-panel";
import { Notices, useNotices } from "./notices";
import { OpsView } from "./ops-view";
import { ThemeSwitcher } from "./theme-switcher";
import { TodoFilters } from "./todo-filters";
import { TodoList } from "./todo-list";
import { ReminderAlerts, useReminders } from "./reminders";
import { quietButton } from "./ui";
import { useLiveUpdates } from "./use-live-updates";
import { useTodos } from "./use-todos";

type Props = { api: ApiClient; session: Session; onSignOut: () => void };

export function Workspace({ api, session, onSignOut }: Props) {
  const notices = useNotices();
  const todos = useTodos(api, notices.notify);
  // Other tabs, chat and recurring series change the list too: reload quietly when the stream says so.
  const getToken = useCallback(() => session.accessToken, [session.accessToken]);
  const { reload } = todos;
  const reminders = useReminders(api);
  useLiveUpdates({ getToken, onChange: useCallback(() => void reload(true), [reload]), onReminder: reminders.onReminder });
  const [chatOpen, setChatOpen] = useState(false);
  // Operators (Auth__Operators, never sign-up) see an Operator view; the API answers 403 to anyone else.
  const isOperator = (session.user.roles ?? []).includes("operator");
  const [opsOpen, setOpsOpen] = useState(false);
  const addRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // `n` focuses the add field, `/` the search, unless the person is typing somewhere.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || target.closest("input, textarea, select, [contenteditable]")) return;
      if (event.key === "n") { event.preventDefault(); addRef.current?.focus(); }
      if (event.key === "/") { event.preventDefault(); searchRef.current?.focus(); }
      if (event.key === "Escape") setChatOpen(false);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const { notify } = notices;
  const showTodo = useCallback((id: string) => {
    const row = document.getElementById(`todo-${id}`);
    if (!row) {
      notify("That task is not in the list as filtered now; clear the filters to see it.");
      return false;
    }
    setChatOpen(false);
    row.scrollIntoView({ block: "center", behavior: "smooth" });
    row.focus();
    return true;
  }, [notify]);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-7xl items-center gap-2 px-3 py-2.5 sm:px-5">
          <p className="mr-auto whitespace-nowrap text-base font-semibold tracking-tight">✓ Todo<span className="hidden sm:inline"> Functions</span></p>
          <span className="hidden truncate text-sm text-slate-600 sm:inline dark:text-slate-400">{session.user.displayName || session.user.email}</span>
          <ThemeSwitcher />
          {isOperator && (
            <button type="button" className={`${quietButton} whitespace-nowrap`} aria-pressed={opsOpen} onClick={() => setOpsOpen(!opsOpen)}>
              {opsOpen ? "Todos" : "Operator"}
            </button>
          )}
          <button type="button" className={`${quietButton} whitespace-nowrap md:hidden`} aria-expanded={chatOpen} aria-controls="chat-panel" onClick={() => setChatOpen(!chatOpen)}>
            Chat
          </button>
          <button type="button" className={`${quietButton} whitespace-nowrap`} onClick={onSignOut}>Sign out</button>
        </div>
      </header>
      {opsOpen ? (
        <main className="mx-auto w-full max-w-7xl flex-1 px-3 py-4 sm:px-5"><OpsView api={api} /></main>
      ) : (
      <div className="mx-auto grid w-full max-w-7xl flex-1 gap-5 px-3 py-4 sm:px-5 md:grid-cols-[minmax(0,1fr)_22rem] lg:grid-cols-[minmax(0,1fr)_26rem]">
        <main className="min-w-0 space-y-4" aria-labelledby="list-heading">
          <h1 id="list-heading" className="sr-only">Your todos</h1>
          <AddTodoForm inputRef={addRef} onAdd={todos.create} />
          <TodoFilters filters={todos.filters} onChange={todos.setFilters} searchRef={searchRef} />
          <TodoList todos={todos} />
        </main>
        <ChatPanel api={api} open={chatOpen} onClose={() => setChatOpen(false)} onChanges={() => todos.reload(true)}
          onShowTodo={showTodo} announce={notices.announce} />
      </div>
      )}
      <ReminderAlerts model={reminders} />
      <Notices model={notices} />
    </div>
  );
}
