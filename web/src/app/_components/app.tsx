"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiClient } from "@/api/client";
import { loadSession, saveSession, type Session } from "@/lib/session";
import { SignIn } from "./sign-in";
import { Workspace } from "./workspace";

export function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const tokenRef = useRef<string | null>(null);

  const changeSession = useCallback((next: Session | null, message: string | null = null) => {
    tokenRef.current = next?.accessToken ?? null;
    saveSession(next);
    setSession(next);
    setNotice(message);
  }, []);

  useEffect(() => {
    const stored = loadSession();
    tokenRef.current = stored?.accessToken ?? null;
    setSession(stored);
    setReady(true);
  }, []);

  const api = useMemo(
    () =>
      new ApiClient({
        getToken: () => tokenRef.current,
        onUnauthorized: () => {
          if (tokenRef.current) changeSession(null, "Your session ended. Sign in again.");
        },
      }),
    [changeSession],
  );

  if (!ready) return <div className="p-6 text-sm text-slate-500" role="status">Loading…</div>;
  if (!session) return <SignIn api={api} notice={notice} onSignedIn={(s) => changeSession(s)} />;
  return <Workspace api={api} session={session} onSignOut={() => changeSession(null, "You signed out.")} />;
}
