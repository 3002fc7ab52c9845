"use client";

import { useEffect, useState } from "react";

type Choice = "system" | "light" | "dark";
const labels: Record<Choice, string> = { system: "System", light: "Light", dark: "Dark" };

function apply(choice: Choice) {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

export function ThemeSwitcher() {
  const [choice, setChoice] = useState<Choice>("system");

  useEffect(() => {
    const stored = (localStorage.getItem("theme") as Choice | null) ?? "system";
    setChoice(stored);
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = () => apply((localStorage.getItem("theme") as Choice | null) ?? "system");
    media.addEventListener("change", follow);
    // The inline script set the class before hydration; a scheme change in between fired no listener.
    follow();
    return () => media.removeEventListener("change", follow);
  }, []);

  function change(next: Choice) {
    setChoice(next);
    try { localStorage.setItem("theme", next); } catch { /* storage disabled: still applies for this page */ }
    apply(next);
  }

  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-600 dark:text-slate-400">
      <span className="sr-only sm:not-sr-only">Theme</span>
      <select value={choice} onChange={(e) => change(e.target.value as Choice)} aria-label="Theme"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200">
        {(Object.keys(labels) as Choice[]).map((c) => <option key={c} value={c}>{labels[c]}</option>)}
      </select>
    </label>
  );
}
