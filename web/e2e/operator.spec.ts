import { mkdirSync } from "node:fs";
import path from "node:path";
import { applied, api, tokenOf } from "./support/api";
import { expect, signUp, test } from "./support/fixtures";
import { operatorEmail } from "./support/host";

// The operator view: only the account configured in Auth__Operators sees it; the API answers 403 to anyone else.
// Screenshots go to TestResults/ at the repository root.

test("an operator sees live figures; a signed-up user sees no Operator view and gets 403 @distributed", async ({ page, host, account }) => {
  await signUp(page, account);
  await expect(page.getByRole("button", { name: "Operator" })).toHaveCount(0);
  const userToken = await tokenOf(page);
  expect((await api(host.baseUrl, userToken, "GET", "/ops/overview")).status).toBe(403);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signUp(page, { email: operatorEmail, password: "an operator password" });
  const token = await tokenOf(page);
  for (let i = 0; i < 3; i++) await applied(host.baseUrl, token, "POST", "/todos", { title: `Operated ${i}` });

  await page.getByRole("button", { name: "Operator" }).click();
  await expect(page.getByRole("heading", { name: "Operator view" })).toBeVisible();
  const queues = page.getByRole("table", { name: "Queues" });
  if (host.mode === "distributed") {
    await expect(page.getByText("management", { exact: true })).toBeVisible();
    await expect(queues.getByRole("row", { name: /^todo-commands\b/ })).toBeVisible();
    await expect(queues.getByRole("row", { name: /todo-commands_error/ })).toBeVisible();
    // Live: the recorded-commands figure follows the database (PostgreSQL's statistics lag a second or two).
    await expect(page.getByText("Recorded commands").locator("..").getByRole("definition")).not.toHaveText("0", { timeout: 20_000 });
  } else {
    await expect(page.getByText("none", { exact: true })).toBeVisible(); // the in-memory transport has no queues to read
  }
  await expect(page.getByRole("img", { name: /Backlog \(ready messages\), last 15 minutes/ })).toBeVisible();
  await page.waitForTimeout(4_500); // a few samples for the chart
  const dir = path.resolve(import.meta.dirname, "../../TestResults");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `operator-view-${host.mode}.png`), fullPage: true });
});
