"use client";

import { useCallback, useRef, useState } from "react";
import type { Notify } from "./use-todos";

type Notice = { id: number; text: string; tone: "info" | "error"; action?: { label: string; run: () => void } };

/** Toasts (with an optional action such as Undo) and the ARIA live regions that announce them. */
export function useNotices() {
  const [items, setItems] = useState<Notice[]>([]);
  const [polite, setPolite] = useState("");
  const [assertive, setAssertive] = useState("");
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setItems((all) => all.filter((n) => n.id !== id)), []);

  const notify = useCallback<Notify>((text, options = {}) => {
    const id = next.current++;
    const tone = options.tone ?? "info";
    setItems((all) => [...all.slice(-3), { id, text, tone, action: options.action }]);
    if (tone === "error") setAssertive(text); else setPolite(text);
    setTimeout(() => dismiss(id), options.ms ?? (tone === "error" ? 10_000 : 5_000));
  }, [dismiss]);

  const announce = useCallback((text: string) => setPolite(text), []);

  return { items, polite, assertive, notify, announce, dismiss };
}

export function Notices({ model }: { model: ReturnType<typeof useNotices> }) {
  return (
    <>
      <div className="sr-only" aria-live="polite" role="status">{model.polite}</div>
      <div className="sr-only" aria-live="assertive" role="alert">{model.assertive}</div>
      <div className="pointer-events-none fixed inset-x-0 bottom-3 z-50 flex flex-col items-center gap-2 px-3">
        {model.items.map((n) => (
          <div key={n.id} data-testid="notice"
            className={`pointer-events-auto flex w-full max-w-md items-center gap-3 rounded-xl px-4 py-3 text-sm shadow-lg ring-1 ${
              n.tone === "error"
                ? "bg-red-50 text-red-900 ring-red-200 dark:bg-red-950 dark:text-red-100 dark:ring-red-900"
                : "bg-slate-900 text-white ring-slate-800 dark:bg-slate-100 dark:text-slate-900 dark:ring-slate-300"
            }`}>
            <span className="flex-1">{n.text}</span>
            {n.action && (
              <button type="button" className="rounded-md px-2 py-1 font-semibold underline underline-offset-2"
                onClick={() => { n.action!.run(); model.dismiss(n.id); }}>
                {n.action.label}
              </button>
            )}
            <button type="button" aria-label="Dismiss" className="rounded-md px-1.5 py-0.5 opacity-70 hover:opacity-100" onClick={() => model.dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </>
  );
}
