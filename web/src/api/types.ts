// Shapes of the HTTP API, taken from the types generated out of the OpenAPI document (schema.d.ts, made
// by `npm run api:types` from openapi.json). A renamed or retyped field in the API is a compile error here.
// Where the document is wider than what the UI relies on (a string the server only ever fills with one of a
// few values, free-form command results), the type is narrowed from the generated one, never written anew.
import type { components } from "./schema";

type Schemas = components["schemas"];

export type Priority = NonNullable<Schemas["CreateTodoRequest"]["priority"]>;

export type User = Schemas["UserView"];

export type TokenResponse = Schemas["TokenResponse"];

/** The operator view's sample (GET /api/ops/overview). */
export type OpsOverview = Schemas["OpsOverview"];
export type OpsQueue = Schemas["OpsQueue"];

/** An RFC 5545 rule read in an IANA zone, with a human summary ("every Thursday"). */
export type Recurrence = { rule: string; timeZone: string; summary: string };

export type Todo = Omit<Schemas["TodoView"], "priority" | "recurrence" | "seriesId" | "next" | "reminders"> & {
  priority: Priority;
  recurrence?: Recurrence | null;
  seriesId?: string | null;
  /** Absent on a todo shown before the worker applied its create. */
  reminders?: Schemas["TodoView"]["reminders"];
};

/** A reminder as set on a todo: exactly one of `at` (a date-time with offset) or `before` (an ISO-8601 duration before the due). */
export type ReminderInput = NonNullable<NonNullable<Schemas["CreateTodoRequest"]["reminders"]>[number]>;

/** A reminder as GET /api/reminders lists it; state narrowed to what the server writes. */
export type Reminder = Omit<Schemas["ReminderItem"], "state"> & { state: "pending" | "fired" | "missed" | "dismissed" };

/** The data of a `reminder-fired` live update (not in the OpenAPI document: it travels over GET /api/events). */
export type ReminderFired = {
  reminderId: string;
  todoId: string;
  title: string;
  /** Delivered later than the server's MissedAfter (the reminders function was down or behind). */
  missed: boolean;
  state: "fired" | "missed";
  kind: "at" | "before";
  at: string | null;
  before: string | null;
  scheduledAt: string;
  fireAt: string;
  due: string | null;
};

export type TodoPage = Omit<Schemas["TodoList"], "items"> & { items: Todo[] };

type Patch = Schemas["UpdateTodoRequest"];

/** The patch as the UI sends it: priority and tags are never sent as null. */
export type TodoFields = { [K in keyof Patch]?: K extends "priority" | "tags" ? NonNullable<Patch[K]> : Patch[K] };

export type CreateTodo = Omit<Schemas["CreateTodoRequest"], "priority" | "tags"> & Pick<TodoFields, "priority" | "tags">;

export type Accepted = Schemas["CommandAccepted"];

export type ChatAccepted = Schemas["ChatAccepted"];

export type CommandError = Omit<Schemas["CommandError"], "errors"> & { errors?: Record<string, string[]> | null };

/** A chat command's result (free-form JSON in the document: the assistant's turn). */
export type ChatTurnResult = {
  conversationId: string;
  messageSequence: number;
  reply: string;
  listing: string[];
  changes: { kind: string; todoId: string }[];
};

export type CommandStatus<TResult = unknown> = Omit<Schemas["CommandView"], "status" | "result" | "error"> & {
  status: "pending" | "succeeded" | "failed";
  result: TResult | null;
  error: CommandError | null;
};

export type Conversation = Schemas["ConversationView"];

export type ChatMessage = Omit<Schemas["MessageView"], "role" | "toolCalls"> & { role: "user" | "assistant" };

export type Problem = Partial<Schemas["Problem"]>;

/** The list view's query as the UI keeps it (strings, as in its URL); the client converts it to the documented types. */
export type TodoQuery = Partial<{
  status: "pending" | "completed" | "all";
  dueBefore: string;
  dueAfter: string;
  overdue: "true" | "false";
  priority: Priority;
  tag: string;
  q: string;
  sort: "created" | "due" | "priority" | "title" | "updated";
  order: "asc" | "desc";
  tz: string;
  offset: string;
  limit: string;
}>;
