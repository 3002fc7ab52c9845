import type { Todo, TodoFields } from "@/api/types";

// The list as the server last said it (`items`) plus the writes not yet confirmed (`ops`). What the
// person sees is the ops applied over the items; a confirmed op folds its result into the items, a
// failed one is dropped, which rolls the view back.

export type Op =
  | { id: string; kind: "create"; todo: Todo }
  | { id: string; kind: "update"; todoId: string; fields: TodoFields }
  | { id: string; kind: "complete" | "reopen" | "delete"; todoId: string };

export type ListState = { items: Todo[]; total: number; ops: Op[] };

export type ListAction =
  | { type: "loaded"; items: Todo[]; total: number; append?: boolean }
  | { type: "apply"; op: Op }
  | { type: "confirm"; opId: string; result: Todo | { deleted: string } | null }
  | { type: "rollback"; opId: string }
  | { type: "upsert"; todo: Todo };

export type TodoRow = Todo & { pending: boolean };

export const emptyList: ListState = { items: [], total: 0, ops: [] };

const targetOf = (op: Op): string => (op.kind === "create" ? op.todo.id : op.todoId);

export function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case "loaded": {
      if (!action.append) return { ...state, items: action.items, total: action.total };
      const seen = new Set(state.items.map((t) => t.id));
      return { ...state, items: [...state.items, ...action.items.filter((t) => !seen.has(t.id))], total: action.total };
    }
    case "apply":
      return { ...state, ops: [...state.ops, action.op] };
    case "rollback":
      return { ...state, ops: state.ops.filter((op) => op.id !== action.opId) };
    case "upsert":
      return { ...state, items: upsert(state.items, action.todo).items };
    case "confirm": {
      const op = state.ops.find((o) => o.id === action.opId);
      const ops = state.ops.filter((o) => o.id !== action.opId);
      if (!op) return state;
      const result = action.result;
      if (result && "deleted" in result) {
        const items = state.items.filter((t) => t.id !== result.deleted);
        return { items, total: Math.max(0, state.total - (state.items.length - items.length)), ops };
      }
      if (result) {
        const { items, added } = upsert(state.items, result);
        return { items, total: state.total + (added ? 1 : 0), ops };
      }
      return { ...state, ops };
    }
  }
}

function upsert(items: Todo[], todo: Todo): { items: Todo[]; added: boolean } {
  const index = items.findIndex((t) => t.id === todo.id);
  if (index < 0) return { items: [todo, ...items], added: true };
  const copy = items.slice();
  copy[index] = todo;
  return { items: copy, added: false };
}

export function visibleRows(state: ListState): TodoRow[] {
  let rows: TodoRow[] = state.items.map((t) => ({ ...t, pending: false }));
  for (const op of state.ops) {
    const id = targetOf(op);
    switch (op.kind) {
      case "create":
        if (!rows.some((r) => r.id === id)) rows = [{ ...op.todo, pending: true }, ...rows];
        break;
      case "delete":
        rows = rows.filter((r) => r.id !== id);
        break;
      case "update":
        rows = rows.map((r) => (r.id === id ? { ...r, ...withoutUndefined(op.fields), pending: true } : r));
        break;
      case "complete":
      case "reopen":
        rows = rows.map((r) => (r.id === id ? { ...r, completed: op.kind === "complete", pending: true } : r));
        break;
    }
  }
  return rows;
}

export function visibleTotal(state: ListState): number {
  const creates = state.ops.filter((op) => op.kind === "create" && !state.items.some((t) => t.id === op.todo.id)).length;
  const deletes = state.ops.filter((op) => op.kind === "delete").length;
  return Math.max(0, state.total + creates - deletes);
}

function withoutUndefined(fields: TodoFields): Partial<Todo> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Todo>;
}

/** A todo as it will look once created, for showing it before the worker has applied it. */
export function draftTodo(id: string, fields: TodoFields & { title: string }, now = new Date()): Todo {
  const stamp = now.toISOString();
  return {
    id,
    title: fields.title,
    description: fields.description ?? null,
    due: fields.due ?? null,
    priority: fields.priority ?? "none",
    tags: fields.tags ?? [],
    completed: false,
    completedAt: null,
    createdAt: stamp,
    updatedAt: stamp,
    version: 0,
  };
}
