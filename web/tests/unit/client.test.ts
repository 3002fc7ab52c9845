import { describe, expect, it } from "vitest";
import { ApiClient } from "@/api/client";
import { ApiError, CommandFailedError, problemMessage } from "@/api/problem";

type Call = { url: string; init: RequestInit };

function fakeServer(responses: (Response | Error)[]) {
  const calls: Call[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error("no more responses");
    if (next instanceof Error) throw next;
    return next;
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const problem = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { "content-type": "application/problem+json", ...headers } });
const header = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];

function client(responses: (Response | Error)[], token: string | null = "t0ken") {
  const server = fakeServer(responses);
  const sleeps: number[] = [];
  let unauthorized = 0;
  const api = new ApiClient({
    getToken: () => token,
    onUnauthorized: () => unauthorized++,
    fetch: server.fetch,
    sleep: async (ms) => { sleeps.push(ms); },
  });
  return { api, calls: server.calls, sleeps, unauthorized: () => unauthorized };
}

describe("problem+json to messages", () => {
  it("names each invalid field", () => {
    const message = problemMessage({ status: 400, detail: "One or more fields are invalid.", errors: { title: ["The title is required."], tags: ["At most 10 tags."] } });
    expect(message).toBe("Title: The title is required. Tags: At most 10 tags.");
  });

  it("uses the detail when there are no field errors", () => {
    expect(problemMessage({ status: 409, detail: "That email is already registered." })).toBe("That email is already registered.");
  });

  it("falls back to a sentence per status when the body is empty", () => {
    expect(problemMessage(null, 503)).toMatch(/busy/);
    expect(problemMessage(null, 401)).toBe("Your session ended. Sign in again.");
  });

  it("turns a failed command's error into its message", async () => {
    const { api } = client([json(200, { commandId: "c", status: "failed", error: { code: "not_found", message: "The todo does not exist." } })]);
    await expect(api.settle("c")).rejects.toThrow(new CommandFailedError({ code: "not_found", message: "The todo does not exist." }));
  });

  it("throws an ApiError carrying the server's detail", async () => {
    const { api } = client([problem(400, { errors: { title: ["Too long."] } })]);
    const error = await api.createTodo({ title: "x" }, "key").catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe("Title: Too long.");
  });
});

describe("retries", () => {
  it("retries a 503 with the same Idempotency-Key and honours Retry-After", async () => {
    const { api, calls, sleeps } = client([
      problem(503, { detail: "The queue did not confirm" }, { "retry-after": "2" }),
      new TypeError("network down"),
      json(202, { commandId: "c1", todoId: "t1", statusUrl: "/api/commands/c1" }),
    ]);
    const accepted = await api.createTodo({ id: "t1", title: "Call mom" }, "key-1");
    expect(accepted.commandId).toBe("c1");
    expect(calls).toHaveLength(3);
    expect(calls.map((c) => header(c, "idempotency-key"))).toEqual(["key-1", "key-1", "key-1"]);
    expect(calls.every((c) => c.init.body === calls[0].init.body)).toBe(true);
    expect(sleeps[0]).toBe(2000);
  });

  it("never retries a write that has no Idempotency-Key", async () => {
    const { api, calls } = client([problem(503, { detail: "busy" }), json(201, {})]);
    await expect(api.login("a@b.c", "pw")).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(1);
  });

  it("gives up after the last attempt and reports the server's reason", async () => {
    const { api, calls } = client(Array.from({ length: 5 }, () => problem(503, { detail: "The queue did not confirm the command." })));
    await expect(api.completeTodo("t", "k")).rejects.toThrow("The queue did not confirm the command.");
    expect(calls).toHaveLength(5);
  });
});

describe("401", () => {
  it("sends the bearer token and reports an ended session once", async () => {
    const { api, calls, unauthorized } = client([problem(401, { detail: "A valid bearer token is required." })]);
    await expect(api.listTodos({})).rejects.toMatchObject({ status: 401 });
    expect(header(calls[0], "authorization")).toBe("Bearer t0ken");
    expect(unauthorized()).toBe(1);
  });

  it("a wrong password at sign-in is not an ended session", async () => {
    const { api, calls, unauthorized } = client([problem(401, { detail: "Wrong email or password." })]);
    await expect(api.login("a@b.c", "nope")).rejects.toThrow("Wrong email or password.");
    expect(header(calls[0], "authorization")).toBeUndefined();
    expect(unauthorized()).toBe(0);
  });
});

describe("settle", () => {
  it("long-polls until the command is no longer pending", async () => {
    const { api, calls } = client([
      json(200, { commandId: "c", status: "pending" }),
      json(200, { commandId: "c", status: "succeeded", result: { id: "t", title: "Done" } }),
    ]);
    const status = await api.settle("c", { waitMs: 5000 });
    expect(status.result).toEqual({ id: "t", title: "Done" });
    expect(calls.map((c) => c.url)).toEqual(["/api/commands/c?waitMs=5000", "/api/commands/c?waitMs=5000"]);
  });
});
