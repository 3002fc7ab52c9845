import { api, applied, tokenOf } from "./support/api";
import { expect, test } from "./support/fixtures";

// The reminders function runs inside the host under test (embedded: SQLite; distributed: the worker process
// on PostgreSQL) and fires by the real clock here, so reminders are set a few seconds ahead.
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");

test.describe("reminders", () => {
  test("a reminder appears as an in-app notification when it fires; snooze and dismiss clear it @distributed", async ({ signedIn: page, host }) => {
    const token = await tokenOf(page);
    await applied(host.baseUrl, token, "POST", "/todos", { title: "Call the dentist", reminders: [{ at: inSeconds(3) }] });
    await expect(page.getByTestId("todo").filter({ hasText: "Call the dentist" }).getByTestId("reminders")).toBeVisible();

    const alert = page.getByTestId("reminder-alert").filter({ hasText: "Call the dentist" });
    await expect(alert).toContainText("Reminder: Call the dentist", { timeout: 20_000 });
    await alert.getByRole("button", { name: "Snooze 10 min" }).click();
    await expect(alert).toHaveCount(0);
    // Snoozed: pending again (fired reminders are not listed), ten minutes on.
    await expect.poll(async () => (await api<{ items: { title: string; state: string; snoozedUntil: string | null }[] }>(host.baseUrl, token, "GET", "/reminders"))
      .body.items.find((r) => r.title === "Call the dentist")?.state).toBe("pending");

    await applied(host.baseUrl, token, "POST", "/todos", { title: "Take the bins out", reminders: [{ at: inSeconds(2) }] });
    const second = page.getByTestId("reminder-alert").filter({ hasText: "Take the bins out" });
    await expect(second).toBeVisible({ timeout: 20_000 });
    await second.getByRole("button", { name: "Dismiss" }).click();
    await expect(second).toHaveCount(0);
  });

  test("a reminder missed while the app was closed is listed on the next open", async ({ signedIn: page, host }) => {
    const token = await tokenOf(page);
    const session = await page.evaluate(() => sessionStorage.getItem("todo.session"));
    const context = page.context();
    await page.close();
    // Due ten minutes ago: the function delivers it at once, marked missed.
    const past = new Date(Date.now() - 10 * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await applied(host.baseUrl, token, "POST", "/todos", { title: "Renew passport", reminders: [{ at: past }] });
    await expect.poll(async () => (await api<{ items: { title: string; state: string }[] }>(host.baseUrl, token, "GET", "/reminders"))
      .body.items.find((r) => r.title === "Renew passport")?.state, { timeout: 20_000 }).toBe("missed");

    const reopened = await context.newPage();
    await reopened.addInitScript((value) => sessionStorage.setItem("todo.session", value), session!);
    await reopened.goto("/");
    const alert = reopened.getByTestId("reminder-alert").filter({ hasText: "Renew passport" });
    await expect(alert).toContainText("Missed reminder: Renew passport");
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(alert).toHaveCount(0);
    await reopened.reload();
    await expect(reopened.getByRole("textbox", { name: "New todo" })).toBeVisible();
    await expect(reopened.getByTestId("reminder-alert")).toHaveCount(0);
  });

  test("the add form sets a reminder before the due", async ({ signedIn: page }) => {
    await page.getByRole("button", { name: "More details" }).click();
    await page.getByRole("textbox", { name: "New todo" }).fill("Dentist appointment");
    const form = page.getByRole("form", { name: "Add a todo" });
    await form.getByLabel("Due date").fill("2031-05-02");
    await form.getByLabel("Time (optional)").fill("15:00");
    await form.getByLabel("Remind me").selectOption("PT1H");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    const row = page.getByTestId("todo").filter({ hasText: "Dentist appointment" });
    await expect(row).not.toHaveAttribute("aria-busy", "true");
    // 15:00 Berlin (CEST) is 13:00Z; an hour before is 14:00 Berlin time.
    await expect(row.getByTestId("reminders")).toContainText("2 May 2031, 14:00");
  });
});
