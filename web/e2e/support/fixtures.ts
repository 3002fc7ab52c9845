import { test as base, expect, type Page } from "@playwright/test";
import { distributedAvailable, startHost, type Host } from "./host";

type Account = { email: string; password: string };

// One host per worker and project; each test signs up its own user, so tests never see each other's todos.
export const test = base.extend<{ account: Account; signedIn: Page }, { host: Host }>({
  host: [
    async ({}, use, workerInfo) => {
      const mode = workerInfo.project.metadata.mode as Host["mode"];
      if (mode === "distributed" && !distributedAvailable()) {
        base.skip(true, "TEST_POSTGRES / TEST_RABBITMQ not set (tests/run.sh sets them)");
      }
      const host = await startHost(mode);
      await use(host);
      await host.stop();
    },
    { scope: "worker", timeout: 90_000 },
  ],
  baseURL: async ({ host }, use) => use(host.baseUrl),
  account: async ({}, use) => use({ email: `u${crypto.randomUUID().slice(0, 12)}@example.com`, password: "a long password" }),
  signedIn: async ({ page, account }, use) => {
    await signUp(page, account);
    await use(page);
  },
});

export async function signUp(page: Page, account: Account) {
  await page.goto("/");
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("textbox", { name: "New todo" })).toBeVisible();
}

export { expect };
