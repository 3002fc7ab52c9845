// Shapes of the HTTP API (docs/API.md, functions/Http). Issue #16 will generate these from the OpenAPI
// document; until then they are written by hand and kept in this one file.

export type Priority = "none" | "low" | "medium" | "high";

export type User = { id: string; email: string; displayName: string | null };

export type TokenResponse = { accessToken: string; expiresAt: string; user: User };

export type Todo = {
  id: string;
  title: string;
  description: string | null;
  /** null, an all-day date "2026-12-24", or a date-time with offset "2026-12-24T18:00:00+01:00". */
  due: string | null;
  priority: Priority;
  tags: string[];
  completed: boolean;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** An RFC 5545 rule read in an IANA zone, with a human summary ("every Thursday"); null when not repeating. */
  recurrence?: Recurrence | null;
  seriesId?: string | null;
};

export type Recurrence = { rule: string; timeZone: string; summary: string };

export type TodoPage = { items: Todo[]; total: number; offset: number; limit: number };

export type TodoFields = {
  title?: string;
  description?: string | null;
  due?: string | null;
  priority?: Priority;
  tags?: string[];
  recurrence?: { rule: string; timeZone?: string } | null;
};

export type CreateTodo = TodoFields & { id?: string; title: string };

export type Accepted = { commandId: string; todoId: string; statusUrl: string };

export type ChatAccepted = { commandId: string; conversationId: string; statusUrl: string };

export type CommandError = { code: string; message: string; errors?: Record<string, string[]> | null };

export type ChatTurnResult = {
  conversationId: string;
  messageSequence: number;
  reply: string;
  listing: string[];
  changes: { kind: string; todoId: string }[];
};

export type CommandStatus<TResult = unknown> = {
  commandId: string;
  status: "pending" | "succeeded" | "failed";
  kind: string | null;
  todoId: string | null;
  result: TResult | null;
  error: CommandError | null;
  completedAt: string | null;
};

export type Conversation = { id: string; title: string; createdAt: string; updatedAt: string };

export type ChatMessage = {
  sequence: number;
  role: "user" | "assistant";
  text: string;
  listing: string[];
  createdAt: string;
};

export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
};

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
