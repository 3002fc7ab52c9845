import createClient, { type Client } from "openapi-fetch";
import { ApiError, CommandFailedError } from "./problem";
import type { paths } from "./schema";
import type { ChatMessage, ChatTurnResult, CommandStatus, CreateTodo, OpsOverview, Problem, Reminder, Todo, TodoFields, TodoPage, TodoQuery } from "./types";

export type ClientOptions = {
  getToken: () => string | null;
  /** Called once for any 401 on an authenticated request (the session ended). */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  baseUrl?: string;
  /** Attempts for a retryable failure (503, 429, network error) before giving up. */
  maxAttempts?: number;
};

const retryableStatuses = new Set([429, 502, 503, 504]);
const maxRetryDelayMs = 5_000;

/** A fresh key per user action; every retry of that action sends the same one. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

/**
 * openapi-fetch builds a Request for each call; this one only carries the URL and init, so a relative base
 * URL ("/api") works outside a browser too and the retry loop can send the same body again.
 */
class PlainRequest {
  method = "GET";
  headers = new Headers();
  body?: string;
  signal?: AbortSignal;
  keepalive?: boolean;
  constructor(public readonly url: string, init: { method?: string; headers?: Headers; body?: string; signal?: AbortSignal; keepalive?: boolean }) {
    Object.assign(this, init);
  }
}

type Outcome<T> = { data?: T; error?: unknown; response: Response };

/** Every call goes through the client generated from the OpenAPI document (paths, params and bodies are typed by it). */
export class ApiClient {
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly api: Client<paths>;

  constructor(private readonly options: ClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.api = createClient<paths>({
      Request: PlainRequest as unknown as typeof Request,
      fetch: (request) => this.send(request as unknown as PlainRequest),
    });
  }

  register(email: string, password: string, displayName?: string) {
    return this.call(this.api.POST("/api/auth/register", { body: { email, password, displayName }, headers: this.headers({ anonymous: true }) }), true);
  }

  login(email: string, password: string) {
    return this.call(this.api.POST("/api/auth/login", { body: { email, password }, headers: this.headers({ anonymous: true }) }), true);
  }

  listTodos(query: TodoQuery, signal?: AbortSignal) {
    const { offset, limit, overdue, ...rest } = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) as TodoQuery;
    const typed = {
      ...rest,
      ...(offset !== undefined && { offset: Number(offset) }),
      ...(limit !== undefined && { limit: Number(limit) }),
      ...(overdue !== undefined && { overdue: overdue === "true" }),
    };
    return this.call(this.api.GET("/api/todos", { params: { query: typed }, headers: this.headers(), signal })) as Promise<TodoPage>;
  }

  getTodo(id: string) {
    return this.call(this.api.GET("/api/todos/{id}", { params: { path: { id } }, headers: this.headers() })) as Promise<Todo>;
  }

  createTodo(todo: CreateTodo, idempotencyKey: string) {
    return this.call(this.api.POST("/api/todos", { body: todo, headers: this.headers({ idempotencyKey }) }));
  }

  updateTodo(id: string, fields: TodoFields, idempotencyKey: string) {
    return this.call(this.api.PATCH("/api/todos/{id}", { params: { path: { id } }, body: fields, headers: this.headers({ idempotencyKey }) }));
  }

  completeTodo(id: string, idempotencyKey: string) {
    return this.call(this.api.POST("/api/todos/{id}/complete", { params: { path: { id } }, headers: this.headers({ idempotencyKey }) }));
  }

  reopenTodo(id: string, idempotencyKey: string) {
    return this.call(this.api.POST("/api/todos/{id}/reopen", { params: { path: { id } }, headers: this.headers({ idempotencyKey }) }));
  }

  /** keepalive: the request outlives the page (a delete whose undo time has not run out when the tab closes). */
  deleteTodo(id: string, idempotencyKey: string, keepalive = false) {
    return this.call(this.api.DELETE("/api/todos/{id}", { params: { path: { id } }, headers: this.headers({ idempotencyKey }), keepalive }));
  }

  sendChat(message: string, timezone: string, conversationId: string | undefined, idempotencyKey: string) {
    return this.call(this.api.POST("/api/chat", { body: { message, timezone, conversationId }, headers: this.headers({ idempotencyKey }) }));
  }

  listConversations() {
    return this.call(this.api.GET("/api/conversations", { headers: this.headers() }));
  }

  listMessages(conversationId: string, after = 0) {
    return this.call(this.api.GET("/api/conversations/{id}/messages", { params: { path: { id: conversationId }, query: { after } }, headers: this.headers() })) as
      Promise<{ items: ChatMessage[] }>;
  }

  /** Pending reminders (soonest first) and missed ones not yet dismissed. */
  listReminders() {
    return this.call(this.api.GET("/api/reminders", { headers: this.headers() })) as Promise<{ items: Reminder[] }>;
  }

  /** `duration` is ISO-8601 (PT10M): the reminder fires again then. */
  snoozeReminder(id: string, duration: string) {
    return this.call(this.api.POST("/api/reminders/{id}/snooze", { params: { path: { id } }, body: { for: duration }, headers: this.headers() })) as Promise<Reminder>;
  }

  dismissReminder(id: string) {
    return this.call(this.api.POST("/api/reminders/{id}/dismiss", { params: { path: { id } }, headers: this.headers() })) as Promise<Reminder>;
  }

  /** Operators only: a 403 ApiError for everyone else. */
  opsOverview(signal?: AbortSignal) {
    return this.call(this.api.GET("/api/ops/overview", { headers: this.headers(), signal })) as Promise<OpsOverview>;
  }

  getCommand<T>(commandId: string, waitMs: number) {
    return this.call(this.api.GET("/api/commands/{id}", { params: { path: { id: commandId }, query: { waitMs } }, headers: this.headers() })) as
      Promise<CommandStatus<T>>;
  }

  /** Long-polls until the worker has recorded the command; throws CommandFailedError when it failed. */
  async settle<T = Todo>(commandId: string, { waitMs = 10_000, timeoutMs = 120_000 } = {}): Promise<CommandStatus<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await this.getCommand<T>(commandId, waitMs);
      if (status.status === "failed") throw new CommandFailedError(status.error ?? { code: "failed", message: "The change failed." });
      if (status.status === "succeeded") return status;
      if (Date.now() > deadline) throw new Error("The server has not applied the change yet; reload to see its state.");
    }
  }

  private headers({ idempotencyKey, anonymous = false }: { idempotencyKey?: string; anonymous?: boolean } = {}): Record<string, string> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
    if (!anonymous) {
      const token = this.options.getToken();
      if (token) headers.authorization = `Bearer ${token}`;
    }
    return headers;
  }

  /** The documented success body, or an ApiError carrying the problem+json body. */
  private async call<T>(outcome: Promise<Outcome<T>>, anonymous = false): Promise<T> {
    const { data, error, response } = await outcome;
    if (response.ok) return data as T;
    if (response.status === 401 && !anonymous) this.options.onUnauthorized?.();
    throw new ApiError(response.status, error && typeof error === "object" ? (error as Problem) : null);
  }

  /** The transport under the generated client: base URL, and retries of what is safe to repeat. */
  private async send(request: PlainRequest): Promise<Response> {
    const headers = Object.fromEntries(request.headers.entries());
    // Reads are safe to repeat; a write only with its Idempotency-Key (the same key yields the same command).
    const retryable = request.method === "GET" || headers["idempotency-key"] !== undefined;
    const attempts = retryable ? (this.options.maxAttempts ?? 5) : 1;
    const url = `${this.options.baseUrl ?? "/api"}${request.url.replace(/^\/api(?=\/)/, "")}`;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(url, { method: request.method, headers, body: request.body, signal: request.signal, keepalive: request.keepalive });
      } catch (error) {
        if (request.signal?.aborted || attempt >= attempts) throw networkError(error);
        await this.sleep(backoff(attempt));
        continue;
      }
      if (!response.ok && retryableStatuses.has(response.status) && attempt < attempts) {
        await this.sleep(retryAfter(response) ?? backoff(attempt));
        continue;
      }
      return response;
    }
  }
}

function backoff(attempt: number): number {
  return Math.min(maxRetryDelayMs, 300 * 2 ** (attempt - 1));
}

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(maxRetryDelayMs, seconds * 1000) : undefined;
}

function networkError(error: unknown): Error {
  if (error instanceof DOMException && error.name === "AbortError") return error;
  return new Error("The server could not be reached. Check your connection and try again.");
}

export type { ChatTurnResult };
