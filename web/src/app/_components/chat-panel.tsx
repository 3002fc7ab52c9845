"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { newIdempotencyKey, type ApiClient } from "@/api/client";
import { ApiError } from "@/api/problem";
import type { ChatMessage, ChatTurnResult, Conversation } from "@/api/types";
import { browserTimeZone } from "@/lib/dates";
import { ChatMessages } from "./chat-messages";
import { inputClass, primaryButton, quietButton } from "./ui";

type Props = {
  api: ApiClient;
  open: boolean;
  onClose: () => void;
  onChanges: () => void;
  onShowTodo: (id: string) => boolean;
  announce: (text: string) => void;
};

export const suggestions = [
  "Remind me to call mom tomorrow at 6pm #family",
  "Buy milk, high priority",
  "What's overdue?",
  "What's due this week?",
];

export function ChatPanel({ api, open, onClose, onChanges, onShowTodo, announce }: Props) {
  const [conversations, setConversations] = useState<Conversation[]>([]);
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [typing, setTyping] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState("");
  const inputRef = useRef<HTMLTextAreaElement>(null);

  const refreshConversations = useCallback(async () => {
    try {
      setConversations((await api.listConversations()).items);
    } catch { /* the list stays as it was; sending still works */ }
  }, [api]);

  useEffect(() => { void refreshConversations(); }, [refreshConversations]);

  useEffect(() => {
    setError(null);
    if (!conversationId) { setMessages([]); return; }
    let current = true;
    api.listMessages(conversationId).then((page) => { if (current) setMessages(page.items); })
      .catch((e: Error) => { if (current) setError(`The conversation could not be loaded: ${e.message}`); });
    return () => { current = false; };
  }, [api, conversationId]);

  async function send(message: string) {
    if (!message.trim() || typing) return;
    setText("");
    setError(null);
    setTyping(true);
    const optimistic: ChatMessage = { sequence: -Date.now(), role: "user", text: message, listing: [], createdAt: new Date().toISOString() };
    setMessages((all) => [...all, optimistic]);
    try {
      const accepted = await api.sendChat(message, browserTimeZone(), conversationId ?? undefined, newIdempotencyKey());
      const done = await api.settle<ChatTurnResult>(accepted.commandId);
      const turn = done.result!;
      performance.mark("chat:reply-shown");
      setMessages((all) => [...all, { sequence: turn.messageSequence, role: "assistant", text: turn.reply, listing: turn.listing, createdAt: done.completedAt ?? "" }]);
      announce(`Assistant: ${turn.reply}`);
      if (turn.changes.length > 0) onChanges();
      if (conversationId !== accepted.conversationId) {
        setConversationId(accepted.conversationId);
        void refreshConversations();
      }
    } catch (e) {
      setMessages((all) => all.filter((m) => m !== optimistic));
      setText(message);
      if (!(e instanceof ApiError && e.status === 401)) {
        setError(`The message was not sent: ${(e as Error).message}`);
        announce(`The message was not sent: ${(e as Error).message}`);
      }
    } finally {
      setTyping(false);
      inputRef.current?.focus();
    }
  }

  return (
    <aside id="chat-panel" aria-label="Chat"
      className={`${open ? "fixed inset-0 z-30 flex" : "hidden"} flex-col bg-white md:sticky md:top-16 md:z-auto md:flex md:h-[calc(100dvh-5.5rem)] md:rounded-2xl md:border md:border-slate-200 md:shadow-sm dark:bg-slate-900 md:dark:border-slate-800`}>
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 className="font-semibold">Assistant</h2>
        <label htmlFor="conversation" className="sr-only">Conversation</label>
        <select id="conversation" value={conversationId ?? ""} onChange={(e) => setConversationId(e.target.value || null)}
          className={`${inputClass} ml-auto w-auto max-w-[55%] py-1`}>
          <option value="">New conversation</option>
          {conversations.map((c) => <option key={c.id} value={c.id}>{c.title.slice(0, 40)}</option>)}
        </select>
        <button type="button" className={`${quietButton} md:hidden`} onClick={onClose}>Close</button>
      </div>
      <ChatMessages messages={messages} typing={typing} api={api} onShowTodo={onShowTodo} />
      {messages.length === 0 && !typing && (
        <div className="px-3 pb-2">
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">Try one of these:</p>
          <div className="flex flex-wrap gap-2">
            {suggestions.map((s) => (
              <button key={s} type="button" onClick={() => void send(s)}
                className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
                {s}
              </button>
            ))}
          </div>
        </div>
      )}
      {error && <p role="alert" className="px-3 pb-2 text-sm text-red-700 dark:text-red-300">{error}</p>}
      <form className="flex gap-2 border-t border-slate-200 p-3 dark:border-slate-800" onSubmit={(e) => { e.preventDefault(); void send(text); }}>
        <label htmlFor="chat-input" className="sr-only">Message the assistant</label>
        <textarea id="chat-input" ref={inputRef} value={text} rows={1} maxLength={4000} placeholder="Message the assistant…"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); void send(text); } }}
          className={`${inputClass} resize-none`} />
        <button type="submit" disabled={typing || !text.trim()} className={primaryButton}>Send</button>
      </form>
    </aside>
  );
}
