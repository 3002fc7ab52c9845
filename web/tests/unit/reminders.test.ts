import { describe, expect, it } from "vitest";
import { remindersFrom } from "@/app/_components/reminders";

// What the add and edit forms send for their "Remind me" choice (TZ=Europe/Berlin, as npm test sets).
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

describe("remindersFrom", () => {
  it("sends a lead time before the due as an ISO-8601 duration", () => {
    expect(remindersFrom(form({ remind: "PT1H" }))).toEqual([{ before: "PT1H" }]);
  });
  it("sends a local date-time as a UTC instant", () => {
    expect(remindersFrom(form({ remind: "at", remindAt: "2031-05-02T14:00" }))).toEqual([{ at: "2031-05-02T12:00:00Z" }]);
  });
  it("sends none for never or an empty time, and leaves the todo's alone for keep", () => {
    expect(remindersFrom(form({ remind: "" }))).toEqual([]);
    expect(remindersFrom(form({ remind: "at", remindAt: "" }))).toEqual([]);
    expect(remindersFrom(form({ remind: "keep" }))).toBe("keep");
  });
});
