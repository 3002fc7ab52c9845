// @ts-expect-error -- a plain ES module script shared with the Docker build
import { policy } from "../scripts/csp.mjs";
import { expect, test } from "./support/fixtures";

// The nginx image sends the CSP that scripts/csp.mjs derives from this build (inline scripts allowed only
// by hash, no inline styles). Here the same header is added to every page the browser loads, and the app
// must work through a whole session without a single violation.
test("the app runs under the production Content-Security-Policy", async ({ page, account }) => {
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy as string } });
  });
  const violations: string[] = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.goto("/");
  await page.evaluate(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("textbox", { name: "New todo" }).fill("Under a strict policy");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("todo").filter({ hasText: "Under a strict policy" })).toHaveAttribute("aria-busy", "false");
  await page.getByRole("complementary", { name: "Chat" }).getByRole("button", { name: "What's overdue?" }).click();
  await expect(page.locator("[data-role=assistant]")).toHaveCount(1);
  expect(violations).toEqual([]);
});
