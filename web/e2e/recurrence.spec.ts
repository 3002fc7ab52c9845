import { applied, tokenOf } from "./support/api";
import { expect, test } from "./support/fixtures";

test.describe("recurring todos and live updates", () => {
  test("a weekly todo added by the form shows its rule; completing it brings the next one @distributed", async ({ signedIn: page }) => {
    await page.getByRole("button", { name: "More details" }).click();
    await page.getByRole("textbox", { name: "New todo" }).fill("Water plants");
    const form = page.getByRole("form", { name: "Add a todo" });
    await form.getByLabel("Due date").fill("2030-12-26"); // a Thursday
    await form.getByLabel("Repeats").selectOption("weekly");
    await page.getByRole("button", { name: "Add", exact: true }).click();

    const first = page.getByTestId("todo").filter({ hasText: "Thu 26 Dec 2030" });
    await expect(first.getByTestId("recurrence")).toHaveText(/every Thursday/);
    await expect(first).not.toHaveAttribute("aria-busy", "true");

    await first.getByRole("checkbox", { name: "Done: Water plants" }).check();
    // The next occurrence arrives through the live-update stream, without a reload.
    const next = page.getByTestId("todo").filter({ hasText: "Thu 2 Jan 2031" });
    await expect(next).toContainText("Water plants");
    await expect(next.getByTestId("recurrence")).toHaveText(/every Thursday/);
    await expect(next.getByRole("checkbox")).not.toBeChecked();
  });

  test("two tabs stay in sync @distributed", async ({ signedIn: page, host }) => {
    // The session lives in sessionStorage, which a duplicated tab inherits; a new page is given a copy.
    const session = await page.evaluate(() => sessionStorage.getItem("todo.session"));
    const other = await page.context().newPage();
    await other.addInitScript((value) => sessionStorage.setItem("todo.session", value), session!);
    await other.goto("/");
    await expect(other.getByRole("textbox", { name: "New todo" })).toBeVisible();

    await page.getByRole("textbox", { name: "New todo" }).fill("Seen in the other tab");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(other.getByTestId("todo").filter({ hasText: "Seen in the other tab" })).toBeVisible({ timeout: 5_000 });

    // A change made elsewhere (a script, chat) shows in both.
    await applied(host.baseUrl, await tokenOf(page), "POST", "/todos", { title: "Made by the API" });
    await expect(page.getByTestId("todo").filter({ hasText: "Made by the API" })).toBeVisible({ timeout: 5_000 });
    await expect(other.getByTestId("todo").filter({ hasText: "Made by the API" })).toBeVisible({ timeout: 5_000 });
    await other.close();
  });

  test("a change committed while the live-update stream is still connecting shows once it connects", async ({ signedIn: page, host }) => {
    const session = await page.evaluate(() => sessionStorage.getItem("todo.session"));
    const other = await page.context().newPage();
    await other.addInitScript((value) => sessionStorage.setItem("todo.session", value), session!);
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    // The stream's request waits until the change is committed: the page has read its (empty) list before.
    await other.route("**/api/events", async (route) => { await held; await route.continue(); });
    await other.goto("/");
    await expect(other.getByText("No todos yet.")).toBeVisible();

    await applied(host.baseUrl, await tokenOf(page), "POST", "/todos", { title: "Made while connecting" });
    release();
    await expect(other.getByTestId("todo").filter({ hasText: "Made while connecting" })).toBeVisible({ timeout: 5_000 });
    await other.close();
  });
});
