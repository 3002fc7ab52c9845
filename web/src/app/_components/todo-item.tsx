"use client";

import { memo, useState } from "react";
import type { Todo, TodoFields } from "@/api/types";
import { formatDue, isOverdue } from "@/lib/dates";
import type { TodoRow } from "@/lib/optimistic";
import { RecurrenceBadge } from "./recurrence";
import { ReminderBadge } from "./reminders";
import { TodoEditor } from "./todo-editor";
import { quietButton } from "./ui";

type Props = {
  todo: TodoRow;
  onToggle: (todo: Todo) => void;
  onSave: (todo: Todo, fields: TodoFields) => void;
  onDelete: (todo: Todo) => void;
};

const priorityStyle: Record<string, string> = {
  high: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  medium: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  low: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
};

export const TodoItem = memo(function TodoItem({ todo, onToggle, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const overdue = isOverdue(todo.due, todo.completed);

  if (editing) {
    return (
      <li className="rounded-xl border border-accent-300 bg-white p-3 dark:border-accent-700 dark:bg-slate-900">
        <TodoEditor todo={todo} onCancel={() => setEditing(false)} onSave={(fields) => { setEditing(false); if (fields) onSave(todo, fields); }} />
      </li>
    );
  }
  return (
    <li id={`todo-${todo.id}`} tabIndex={-1} data-testid="todo" aria-busy={todo.pending}
      className={`group flex items-start gap-3 [contain-intrinsic-size:auto_4.5rem] [content-visibility:auto] rounded-xl border bg-white p-3 shadow-xs dark:bg-slate-900 ${
        overdue ? "border-red-300 dark:border-red-800" : "border-slate-200 dark:border-slate-800"} ${todo.pending ? "opacity-70" : ""}`}>
      <input type="checkbox" checked={todo.completed} onChange={() => onToggle(todo)} aria-label={`Done: ${todo.title}`}
        className="mt-1 size-5 shrink-0 accent-accent-600" />
      <div className="min-w-0 flex-1">
        <p className={`break-words font-medium ${todo.completed ? "text-slate-500 line-through dark:text-slate-400" : ""}`}>{todo.title}</p>
        {todo.description && <p className="mt-0.5 break-words text-sm text-slate-600 dark:text-slate-400">{todo.description}</p>}
        <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs">
          {todo.due && (
            <span className={`rounded-md px-1.5 py-0.5 ${overdue ? "bg-red-600 font-semibold text-white" : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"}`}>
              {overdue ? "Overdue · " : "Due "}{formatDue(todo.due)}
            </span>
          )}
          <RecurrenceBadge recurrence={todo.recurrence} />
          <ReminderBadge reminders={todo.reminders} />
          {todo.priority !== "none" && <span className={`rounded-md px-1.5 py-0.5 ${priorityStyle[todo.priority]}`}>{todo.priority}</span>}
          {todo.tags.map((tag) => <span key={tag} className="rounded-md bg-accent-50 px-1.5 py-0.5 text-accent-700 dark:bg-slate-800 dark:text-accent-300">#{tag}</span>)}
          {todo.pending && <span className="text-slate-600 dark:text-slate-400">Saving…</span>}
        </div>
      </div>
      <div className="flex shrink-0 gap-0.5">
        <button type="button" className={quietButton} onClick={() => setEditing(true)} aria-label={`Edit ${todo.title}`}>Edit</button>
        <button type="button" className={`${quietButton} text-red-700 dark:text-red-300`} onClick={() => onDelete(todo)} aria-label={`Delete ${todo.title}`}>
          Delete
        </button>
      </div>
    </li>
  );
});
