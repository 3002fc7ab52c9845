import { expect, test } from "./support/fixtures";

test("add through chat and the list updates at once @distributed", async ({ signedIn: page }) => {
  await expect(page.getByText("No todos yet.")).toBeVisible();
  const chat = page.getByRole("complementary", { name: "Chat" });
  await chat.getByRole("button", { name: "Remind me to call mom tomorrow at 6pm #family" }).click();
  await expect(chat.locator("[data-role=assistant]")).toHaveCount(1);

  const row = page.getByTestId("todo").filter({ hasText: /call mom/i });
  await expect(row).toContainText("tomorrow 18:00");
  await expect(row).toContainText("#family");

  // The second message continues the same conversation; the reply lists tasks that can be clicked.
  await chat.getByLabel("Message the assistant").fill("what's due tomorrow?");
  await chat.getByLabel("Message the assistant").press("Enter");
  await expect(chat.locator("[data-role=assistant]")).toHaveCount(2);
  const listed = chat.getByRole("list", { name: "Tasks in this answer" }).getByRole("button").first();
  await expect(listed).toContainText(/call mom/i);
  await listed.click();
  await expect(row).toBeFocused();

  // The conversation is in the list and its history reloads.
  await page.reload();
  await page.getByLabel("Conversation").selectOption({ index: 1 });
  await expect(page.locator("[data-role=user]")).toHaveCount(2);
  await expect(page.locator("[data-role=assistant]")).toHaveCount(2);
});
