"use client";

import type { Priority, Todo, TodoFields } from "@/api/types";
import { buildDue, dueInputs } from "@/lib/dates";
import { ReminderField, remindersFrom } from "./reminders";
import { parseTags } from "./tags";
import { Field, inputClass, primaryButton, quietButton } from "./ui";

type Props = { todo: Todo; onSave: (fields: TodoFields | null) => void; onCancel: () => void };

/** Inline editor; saves only the fields that changed (a JSON merge patch). */
export function TodoEditor({ todo, onSave, onCancel }: Props) {
  const due = dueInputs(todo.due);
  const id = (name: string) => `edit-${name}-${todo.id}`;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = {
      title: String(data.get("title") ?? "").trim(),
      description: String(data.get("description") ?? "").trim() || null,
      due: buildDue(String(data.get("date") ?? ""), String(data.get("time") ?? "")),
      priority: String(data.get("priority")) as Priority,
      tags: parseTags(String(data.get("tags") ?? "")),
    };
    if (!next.title) return;
    const fields: TodoFields = {};
    if (next.title !== todo.title) fields.title = next.title;
    if (next.description !== (todo.description || null)) fields.description = next.description;
    if (next.due !== todo.due && !(todo.due && JSON.stringify(dueInputs(todo.due)) === JSON.stringify(dueInputs(next.due)))) fields.due = next.due;
    if (next.priority !== todo.priority) fields.priority = next.priority;
    if (next.tags.join(",") !== todo.tags.join(",")) fields.tags = next.tags;
    const reminders = remindersFrom(data);
    if (reminders !== "keep" && JSON.stringify(reminders) !== JSON.stringify((todo.reminders ?? []).map((r) => (r.before ? { before: r.before } : { at: r.at })))) fields.reminders = reminders;
    onSave(Object.keys(fields).length ? fields : null);
  }

  return (
    <form onSubmit={submit} onKeyDown={(e) => { if (e.key === "Escape") onCancel(); }} aria-label={`Edit ${todo.title}`} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      <Field label="Title" htmlFor={id("title")} className="col-span-2 sm:col-span-4">
        <input id={id("title")} name="title" defaultValue={todo.title} required maxLength={200} autoFocus className={inputClass} />
      </Field>
      <Field label="Description" htmlFor={id("description")} className="col-span-2 sm:col-span-4">
        <textarea id={id("description")} name="description" defaultValue={todo.description ?? ""} rows={2} maxLength={4000} className={inputClass} />
      </Field>
      <Field label="Due date" htmlFor={id("date")}><input id={id("date")} name="date" type="date" defaultValue={due.date} className={inputClass} /></Field>
      <Field label="Time" htmlFor={id("time")}><input id={id("time")} name="time" type="time" defaultValue={due.time} className={inputClass} /></Field>
      <Field label="Priority" htmlFor={id("priority")}>
        <select id={id("priority")} name="priority" defaultValue={todo.priority} className={inputClass}>
          <option value="none">None</option><option value="low">Low</option><option value="medium">Medium</option><option value="high">High</option>
        </select>
      </Field>
      <Field label="Tags" htmlFor={id("tags")}><input id={id("tags")} name="tags" defaultValue={todo.tags.join(", ")} className={inputClass} /></Field>
      <ReminderField id={id("remind")} keep={todo.reminders} />
      <div className="col-span-2 flex justify-end gap-2 sm:col-span-4">
        <button type="button" className={quietButton} onClick={onCancel}>Cancel</button>
        <button type="submit" className={primaryButton}>Save</button>
      </div>
    </form>
  );
}
