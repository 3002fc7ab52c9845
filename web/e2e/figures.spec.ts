import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { api, tokenOf } from "./support/api";
import { expect, test } from "./support/fixtures";

// The figures in docs/PERFORMANCE.md ("Web"), measured in real Chromium against the embedded host and
// written to test-results/web-figures.json. Wall-clock bounds here are loose (a shared 2-core machine);
// the file records the measured values, which docs/PERFORMANCE.md reports against the targets.

const figures: Record<string, number | string> = {};

test.afterAll(() => {
  figures.loadAverage1m = Math.round(loadavg()[0] * 10) / 10;
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/web-figures.json", JSON.stringify(figures, null, 2));
  console.log(`web figures: ${JSON.stringify(figures)}`);
});

test("JavaScript shipped to the first page, gzipped", async ({ page, host }) => {
  const scripts = new Set<string>();
  page.on("response", (r) => { if (r.request().resourceType() === "script") scripts.add(r.url()); });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  let raw = 0, gzipped = 0;
  for (const url of scripts) {
    const body = Buffer.from(await (await fetch(url.replace(/^https?:\/\/[^/]+/, host.baseUrl))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body, { level: 6 }).length;
  }
  figures.firstPageScripts = scripts.size;
  figures.firstPageJsKb = Math.round(raw / 1024);
  figures.firstPageJsGzipKb = Math.round((gzipped / 1024) * 10) / 10;
  expect(gzipped).toBeLessThan(300 * 1024);
});

test("200 todos render and are interactive soon after the data arrives", async ({ signedIn: page, host }) => {
  test.setTimeout(120_000);
  const token = await tokenOf(page);
  const accepted = await Promise.all(Array.from({ length: 200 }, (_, i) =>
    api<{ commandId: string }>(host.baseUrl, token, "POST", "/todos", { title: `Task ${String(i).padStart(3, "0")}`, tags: ["bulk"], priority: i % 3 ? "low" : "high" })));
  for (const a of accepted) await api(host.baseUrl, token, "GET", `/commands/${a.body.commandId}?waitMs=20000`);

  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    await page.reload();
    await expect(page.getByTestId("todo")).toHaveCount(200);
    // todos:data = the response parsed; todos:interactive = the first task after React committed the 200 rows.
    await page.waitForFunction(() => performance.getEntriesByName("todos:interactive").length > 0);
    const ms = await page.evaluate(() =>
      performance.getEntriesByName("todos:interactive").at(-1)!.startTime - performance.getEntriesByName("todos:data").at(-1)!.startTime);
    samples.push(Math.round(ms));
  }
  samples.sort((a, b) => a - b);
  figures.list200RenderMsMedian = samples[2];
  figures.list200RenderMsSamples = samples.join(", ");
  await expect(page.getByRole("checkbox", { name: "Done: Task 000" })).toBeEnabled();
  await page.getByRole("checkbox", { name: "Done: Task 000" }).check();
  await expect(page.getByTestId("todo").filter({ hasText: "Task 000" })).toHaveAttribute("aria-busy", "false");
  // Past the API's page of 200: the rest comes with "Show more".
  for (let i = 0; i < 5; i++) await api(host.baseUrl, token, "POST", "/todos", { title: `Extra ${i}` });
  await expect.poll(async () => (await api<{ total: number }>(host.baseUrl, token, "GET", "/todos")).body.total).toBe(205);
  await page.reload();
  await expect(page.getByTestId("todo")).toHaveCount(200);
  await page.getByRole("button", { name: "Show more (5 left)" }).click();
  await expect(page.getByTestId("todo")).toHaveCount(205);
  await expect(page.getByText("205 todos")).toBeVisible();

  // Wall-clock time on a shared machine: the bound only catches an order-of-magnitude regression.
  expect(samples[2]).toBeLessThan(5_000);
});

test("a chat reply shows soon after the worker commits it", async ({ signedIn: page }) => {
  const chat = page.getByRole("complementary", { name: "Chat" });
  const samples: number[] = [];
  const completions: string[] = [];
  page.on("response", async (r) => {
    if (/\/api\/commands\//.test(r.url())) {
      const body = await r.json().catch(() => null);
      if (body?.status === "succeeded" && body.kind?.toLowerCase().includes("chat")) completions.push(body.completedAt);
    }
  });
  for (let i = 0; i < 5; i++) {
    await chat.getByLabel("Message the assistant").fill(`add water plants ${i} tomorrow`);
    await chat.getByLabel("Message the assistant").press("Enter");
    await expect(chat.locator("[data-role=assistant]")).toHaveCount(i + 1);
    const shownAt = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName("chat:reply-shown").at(-1)!.startTime);
    await expect.poll(() => completions.length).toBe(i + 1);
    samples.push(Math.round(shownAt - Date.parse(completions[i])));
  }
  samples.sort((a, b) => a - b);
  figures.chatReplyAfterCommitMsMedian = samples[2];
  figures.chatReplyAfterCommitMsSamples = samples.join(", ");
  expect(samples[2]).toBeLessThan(3_000);
});
