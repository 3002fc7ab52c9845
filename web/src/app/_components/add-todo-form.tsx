"use client";

import { useRef, useState } from "react";
import type { Priority, TodoFields } from "@/api/types";
import { buildDue } from "@/lib/dates";
import { browserZone, RepeatSelect, ruleFor, type RepeatChoice } from "./recurrence";
import { ReminderField, remindersFrom } from "./reminders";
import { parseTags } from "./tags";
import { Field, inputClass, primaryButton, quietButton } from "./ui";

type Props = {
  inputRef: React.RefObject<HTMLInputElement | null>;
  onAdd: (id: string, fields: TodoFields & { title: string }, idempotencyKey: string) => void;
};

const newDraft = () => ({ id: crypto.randomUUID(), key: crypto.randomUUID() });

export function AddTodoForm({ inputRef, onAdd }: Props) {
  const [more, setMore] = useState(false);
  // One todo id and Idempotency-Key per draft: a double submit of the same draft is the same command.
  const draft = useRef(newDraft());

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const title = String(data.get("title") ?? "").trim();
    if (!title) return;
    const description = String(data.get("description") ?? "").trim();
    const reminders = remindersFrom(data);
    const rule = ruleFor(String(data.get("repeat") ?? "") as RepeatChoice, String(data.get("date") ?? ""));
    const fields: TodoFields & { title: string } = {
      title,
      description: description || undefined,
      due: buildDue(String(data.get("date") ?? ""), String(data.get("time") ?? "")) ?? undefined,
      priority: (String(data.get("priority") ?? "none") as Priority),
      tags: parseTags(String(data.get("tags") ?? "")),
      ...(rule ? { recurrence: { rule, timeZone: browserZone() } } : {}),
      ...(reminders !== "keep" && reminders.length ? { reminders } : {}),
    };
    const { id, key } = draft.current;
    draft.current = newDraft();
    onAdd(id, fields, key);
    form.reset();
    inputRef.current?.focus();
  }

  return (
    <form onSubmit={submit} aria-label="Add a todo"
      className="rounded-2xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex gap-2">
        <label htmlFor="new-title" className="sr-only">New todo</label>
        <input ref={inputRef} id="new-title" name="title" required maxLength={200} autoComplete="off"
          placeholder="Add a todo…  (press n)" className={inputClass} />
        <button type="submit" className={primaryButton}>Add</button>
      </div>
      <button type="button" className={`${quietButton} mt-2 -ml-1`} aria-expanded={more} aria-controls="add-details" onClick={() => setMore(!more)}>
        {more ? "Fewer details" : "More details"}
      </button>
      <div id="add-details" hidden={!more} className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Field label="Due date" htmlFor="new-date"><input id="new-date" name="date" type="date" className={inputClass} /></Field>
        <Field label="Time (optional)" htmlFor="new-time"><input id="new-time" name="time" type="time" className={inputClass} /></Field>
        <Field label="Priority" htmlFor="new-priority">
          <select id="new-priority" name="priority" defaultValue="none" className={inputClass}>
            <option value="none">None</option><option value="low">Low</option><option value="medium">Medium</option><option value="high">High</option>
          </select>
        </Field>
        <RepeatSelect id="new-repeat" />
        <ReminderField id="new-remind" />
        <Field label="Tags" htmlFor="new-tags"><input id="new-tags" name="tags" placeholder="work, home" className={inputClass} /></Field>
        <Field label="Description" htmlFor="new-description" className="col-span-2 sm:col-span-4">
          <textarea id="new-description" name="description" rows={2} maxLength={4000} className={inputClass} />
        </Field>
      </div>
    </form>
  );
}
