import { ApiError, CommandFailedError } from "./problem";
import type {
  Accepted, ChatAccepted, ChatMessage, ChatTurnResult, CommandStatus, Conversation, CreateTodo, Problem,
  Todo, TodoFields, TodoPage, TodoQuery, TokenResponse,
} from "./types";

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

type RequestOptions = { body?: unknown; idempotencyKey?: string; anonymous?: boolean; signal?: AbortSignal; keepalive?: boolean };

const retryableStatuses = new Set([429, 502, 503, 504]);
const maxRetryDelayMs = 5_000;

/** A fresh key per user action; every retry of that action sends the same one. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

export class ApiClient {
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  register(email: string, password: string, displayName?: string) {
    return this.request<TokenResponse>("POST", "/auth/register", { body: { email, password, displayName }, anonymous: true });
  }

  login(email: string, password: string) {
    return this.request<TokenResponse>("POST", "/auth/login", { body: { email, password }, anonymous: true });
  }

  listTodos(query: TodoQuery, signal?: AbortSignal) {
    const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== "") as [string, string][]);
    return this.request<TodoPage>("GET", `/todos?${search}`, { signal });
  }

  getTodo(id: string) {
    return this.request<Todo>("GET", `/todos/${encodeURIComponent(id)}`);
  }

  createTodo(todo: CreateTodo, idempotencyKey: string) {
    return this.request<Accepted>("POST", "/todos", { body: todo, idempotencyKey });
  }

  updateTodo(id: string, fields: TodoFields, idempotencyKey: string) {
    return this.request<Accepted>("PATCH", `/todos/${encodeURIComponent(id)}`, { body: fields, idempotencyKey });
  }

  completeTodo(id: string, idempotencyKey: string) {
    return this.request<Accepted>("POST", `/todos/${encodeURIComponent(id)}/complete`, { idempotencyKey });
  }

  reopenTodo(id: string, idempotencyKey: string) {
    return this.request<Accepted>("POST", `/todos/${encodeURIComponent(id)}/reopen`, { idempotencyKey });
  }

  /** keepalive: the request outlives the page (a delete whose undo time has not run out when the tab closes). */
  deleteTodo(id: string, idempotencyKey: string, keepalive = false) {
    return this.request<Accepted>("DELETE", `/todos/${encodeURIComponent(id)}`, { idempotencyKey, keepalive });
  }

  sendChat(message: string, timezone: string, conversationId: string | undefined, idempotencyKey: string) {
    return this.request<ChatAccepted>("POST", "/chat", { body: { message, timezone, conversationId }, idempotencyKey });
  }

  listConversations() {
    return this.request<{ items: Conversation[] }>("GET", "/conversations");
  }

  listMessages(conversationId: string, after = 0) {
    return this.request<{ items: ChatMessage[] }>("GET", `/conversations/${encodeURIComponent(conversationId)}/messages?after=${after}`);
  }

  getCommand<T>(commandId: string, waitMs: number) {
    return this.request<CommandStatus<T>>("GET", `/commands/${encodeURIComponent(commandId)}?waitMs=${waitMs}`);
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

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (options.body !== undefined) headers["content-type"] = "application/json";
    if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
    if (!options.anonymous) {
      const token = this.options.getToken();
      if (token) headers.authorization = `Bearer ${token}`;
    }
    // Reads are safe to repeat; a write only with its Idempotency-Key (the same key yields the same command).
    const retryable = method === "GET" || options.idempotencyKey !== undefined;
    const attempts = retryable ? (this.options.maxAttempts ?? 5) : 1;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(`${this.options.baseUrl ?? "/api"}${path}`, {
          method,
          headers,
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: options.signal,
          keepalive: options.keepalive,
        });
      } catch (error) {
        if (options.signal?.aborted || attempt >= attempts) throw networkError(error);
        await this.sleep(backoff(attempt));
        continue;
      }
      if (response.ok) return (await readJson(response)) as T;
      if (retryableStatuses.has(response.status) && attempt < attempts) {
        await this.sleep(retryAfter(response) ?? backoff(attempt));
        continue;
      }
      const problem = (await readJson(response)) as Problem | null;
      if (response.status === 401 && !options.anonymous) this.options.onUnauthorized?.();
      throw new ApiError(response.status, problem);
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

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function networkError(error: unknown): Error {
  if (error instanceof DOMException && error.name === "AbortError") return error;
  return new Error("The server could not be reached. Check your connection and try again.");
}

export type { ChatTurnResult };
