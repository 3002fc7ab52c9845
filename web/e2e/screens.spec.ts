import { applied, tokenOf } from "./support/api";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Every main screen at 1280 px and 390 px, light and dark: axe-core finds no serious or critical
// violation, and a screenshot lands in test-results/screens/ for a person to look at.

const widths = [1280, 390] as const;
const schemes = ["light", "dark"] as const;

test("every screen is accessible and looks right in both themes and widths", async ({ page, host, account }) => {
  test.setTimeout(120_000);
  const shoot = async (name: string) => {
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => window.dispatchEvent(new Event("resize")));
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
      await expectNoSeriousA11yViolations(page, `${name} ${scheme} ${page.viewportSize()!.width}px`);
      await page.screenshot({ path: `test-results/screens/${name}-${page.viewportSize()!.width}-${scheme}.png`, fullPage: true });
    }
  };

  for (const width of widths) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.goto("/");
    await shoot("sign-in");
    if (width === 1280) {
      await page.getByRole("button", { name: "Create an account" }).click();
      await page.getByLabel("Email").fill(account.email);
      await page.getByLabel("Password").fill(account.password);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByText("No todos yet.")).toBeVisible();
    } else {
      await page.getByLabel("Email").fill(account.email);
      await page.getByLabel("Password").fill(account.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
    }
    if (width === 1280) {
      await shoot("empty");
      const token = await tokenOf(page);
      const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
      await applied(host.baseUrl, token, "POST", "/todos", { title: "Renew passport", priority: "high", tags: ["admin"], due: "2021-03-01" });
      await applied(host.baseUrl, token, "POST", "/todos", { title: "Team sync", description: "Agenda: release plan", priority: "medium", tags: ["work"], due: `${today}T18:00:00+01:00` });
      await applied(host.baseUrl, token, "POST", "/todos", { title: "Water the plants", tags: ["home"] });
      const done = await applied(host.baseUrl, token, "POST", "/todos", { title: "Book dentist", priority: "low" });
      await applied(host.baseUrl, token, "POST", `/todos/${done.todoId}/complete`);
      await page.reload();
    }
    await expect(page.getByTestId("todo")).toHaveCount(4);
    await shoot("list");

    await page.getByRole("button", { name: "Edit Team sync" }).click();
    await shoot("editing");
    await page.getByRole("button", { name: "Cancel" }).click();

    if (width === 390) await page.getByRole("button", { name: "Chat", exact: true }).click();
    const chat = page.getByRole("complementary", { name: "Chat" });
    if (width === 1280) {
      await chat.getByLabel("Message the assistant").fill("what's overdue?");
      await chat.getByLabel("Message the assistant").press("Enter");
      await expect(chat.locator("[data-role=assistant]")).toHaveCount(1);
    } else {
      await chat.getByLabel("Conversation").selectOption({ index: 1 });
      await expect(chat.locator("[data-role=assistant]")).toHaveCount(1);
    }
    await shoot("chat");
    if (width === 390) await chat.getByRole("button", { name: "Close" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
  }
});
