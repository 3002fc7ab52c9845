"use client";

import { useEffect, useRef, useState } from "react";
import type { ApiClient } from "@/api/client";
import type { ChatMessage } from "@/api/types";

type Props = { messages: ChatMessage[]; typing: boolean; api: ApiClient; onShowTodo: (id: string) => boolean };

export function ChatMessages({ messages, typing, api, onShowTodo }: Props) {
  const end = useRef<HTMLDivElement>(null);
  const [titles, setTitles] = useState<Record<string, string>>({});

  useEffect(() => { end.current?.scrollIntoView({ block: "end" }); }, [messages.length, typing]);

  // Names for the tasks an assistant message listed (the reply carries only their ids).
  useEffect(() => {
    const unknown = [...new Set(messages.flatMap((m) => m.listing))].filter((id) => !(id in titles)).slice(0, 20);
    if (unknown.length === 0) return;
    void Promise.all(unknown.map((id) => api.getTodo(id).then((t) => [id, t.title] as const).catch(() => [id, ""] as const)))
      .then((pairs) => setTitles((all) => ({ ...all, ...Object.fromEntries(pairs) })));
  }, [messages, titles, api]);

  return (
    <div className="flex-1 space-y-3 overflow-y-auto p-3" data-testid="chat-messages">
      {messages.length === 0 && !typing && (
        <p className="pt-6 text-center text-sm text-slate-600 dark:text-slate-400">
          Add, find, complete or change todos in your own words.<br />Dates are read in your time zone.
        </p>
      )}
      {messages.map((m) => (
        <div key={m.sequence} className={m.role === "user" ? "flex justify-end" : "flex justify-start"}>
          <div className={`max-w-[85%] rounded-2xl px-3 py-2 text-sm whitespace-pre-wrap ${
            m.role === "user" ? "bg-accent-600 text-white" : "bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100"}`}
            data-role={m.role}>
            <span className="sr-only">{m.role === "user" ? "You: " : "Assistant: "}</span>
            {m.text}
            {m.listing.length > 0 && (
              <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Tasks in this answer">
                {m.listing.map((id, i) => (
                  <li key={id}>
                    <button type="button" onClick={() => onShowTodo(id)}
                      className="rounded-md bg-white px-2 py-0.5 text-xs text-slate-800 ring-1 ring-slate-300 hover:bg-accent-50 dark:bg-slate-900 dark:text-slate-200 dark:ring-slate-600">
                      {i + 1}. {titles[id] || "Show task"}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ))}
      {typing && (
        <div className="flex justify-start" role="status" aria-label="The assistant is typing">
          <div className="flex gap-1 rounded-2xl bg-slate-100 px-3 py-3 dark:bg-slate-800">
            {[0, 1, 2].map((i) => <span key={i} className="typing-dot size-1.5 rounded-full bg-slate-500" style={{ animationDelay: `${i * 0.15}s` }} />)}
          </div>
        </div>
      )}
      <div ref={end} />
    </div>
  );
}
