"use client";

import { useState } from "react";
import type { ApiClient } from "@/api/client";
import type { Session } from "@/lib/session";
import { ThemeSwitcher } from "./theme-switcher";
import { Field, inputClass, primaryButton } from "./ui";

type Props = { api: ApiClient; notice: string | null; onSignedIn: (session: Session) => void };

export function SignIn({ api, notice, onSignedIn }: Props) {
  const [mode, setMode] = useState<"signin" | "signup">("signin");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    const name = String(form.get("name") ?? "").trim();
    setBusy(true);
    setError(null);
    try {
      const token = mode === "signin" ? await api.login(email, password) : await api.register(email, password, name || undefined);
      onSignedIn(token);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const signup = mode === "signup";
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-6 flex items-center justify-between">
        <p className="text-lg font-semibold tracking-tight">✓ Todo Functions</p>
        <ThemeSwitcher />
      </div>
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-2xl font-semibold tracking-tight">{signup ? "Create your account" : "Sign in"}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {signup ? "Manage your todos by clicking or by chatting." : "Welcome back. Your list is waiting."}
        </p>
        {notice && (
          <p role="status" className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            {notice}
          </p>
        )}
        <form className="mt-5 space-y-4" onSubmit={submit} noValidate={false}>
          {signup && (
            <Field label="Name (optional)" htmlFor="name">
              <input id="name" name="name" autoComplete="name" className={inputClass} maxLength={100} />
            </Field>
          )}
          <Field label="Email" htmlFor="email">
            <input id="email" name="email" type="email" required autoComplete="email" className={inputClass} />
          </Field>
          <Field label="Password" htmlFor="password" hint={signup ? "8 to 128 characters." : undefined}>
            <input id="password" name="password" type="password" required minLength={signup ? 8 : undefined} maxLength={128}
              autoComplete={signup ? "new-password" : "current-password"} className={inputClass} />
          </Field>
          {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
          <button type="submit" disabled={busy} className={`${primaryButton} w-full`}>
            {busy ? "Please wait…" : signup ? "Create account" : "Sign in"}
          </button>
        </form>
        <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
          {signup ? "Already have an account?" : "New here?"}{" "}
          <button type="button" className="font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-300"
            onClick={() => { setMode(signup ? "signin" : "signup"); setError(null); }}>
            {signup ? "Sign in" : "Create an account"}
          </button>
        </p>
      </div>
    </main>
  );
}
