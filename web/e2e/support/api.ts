import type { Page } from "@playwright/test";

// Direct API calls with the signed-in page's token: "another tab" or seeding data quickly.

export async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem("todo.session")!).accessToken as string);
}

export async function api<T = unknown>(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

/** Sends a write and waits until the worker has applied it. */
export async function applied(baseUrl: string, token: string, method: string, path: string, body?: unknown) {
  const accepted = await api<{ commandId: string; todoId: string }>(baseUrl, token, method, path, body);
  if (accepted.status !== 202) throw new Error(`${method} ${path} answered ${accepted.status}: ${JSON.stringify(accepted.body)}`);
  const done = await api<{ status: string }>(baseUrl, token, "GET", `/commands/${accepted.body.commandId}?waitMs=20000`);
  if (done.body.status !== "succeeded") throw new Error(`${method} ${path} ended ${JSON.stringify(done.body)}`);
  return accepted.body;
}
