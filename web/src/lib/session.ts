import type { User } from "@/api/types";

// The token lives in memory and in sessionStorage (gone when the tab closes); never in localStorage or URLs.
const key = "todo.session";

export type Session = { accessToken: string; expiresAt: string; user: User };

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(key, JSON.stringify(session));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage can be disabled (private mode); the in-memory session still works for this page.
  }
}
