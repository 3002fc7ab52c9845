"use client";

import { useEffect, useRef } from "react";
import type { ReminderFired } from "@/api/types";

// GET /api/events over fetch (EventSource cannot send the bearer token). Every applied command of this user,
// from any tab, chat or a recurring series, calls onChange; a fired reminder calls onReminder with its data.
// Reconnects resume with Last-Event-ID.

type Options = { getToken: () => string | null; onChange: () => void; onReminder?: (data: ReminderFired) => void; baseUrl?: string };

export function useLiveUpdates({ getToken, onChange, onReminder, baseUrl = "/api" }: Options) {
  const changed = useRef(onChange);
  useEffect(() => { changed.current = onChange; }, [onChange]);
  const reminded = useRef(onReminder);
  useEffect(() => { reminded.current = onReminder; }, [onReminder]);

  useEffect(() => {
    const stop = new AbortController();
    let lastEventId: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Several events in a burst (a chat turn, a series) cause one reload.
    const schedule = () => { clearTimeout(timer); timer = setTimeout(() => changed.current(), 100); };

    async function follow() {
      const token = getToken();
      if (!token) return;
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "text/event-stream" };
      if (lastEventId) headers["last-event-id"] = lastEventId;
      const response = await fetch(`${baseUrl}/events`, { headers, signal: stop.signal, cache: "no-store" });
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      // Without Last-Event-ID the stream starts now: a change committed between the page's own read and this
      // subscription would never arrive, so read again once subscribed.
      if (!lastEventId) schedule();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let type = "message";
          const data: string[] = [];
          for (const line of block.split("\n")) {
            if (line.startsWith("id: ")) lastEventId = line.slice(4);
            else if (line.startsWith("event: ")) type = line.slice(7);
            else if (line.startsWith("data: ")) data.push(line.slice(6));
          }
          if (type === "command" || type === "resync") schedule();
          if (type === "reminder-fired") {
            try { reminded.current?.(JSON.parse(data.join("\n")) as ReminderFired); } catch { /* a malformed event is skipped */ }
          }
        }
      }
    }

    void (async () => {
      while (!stop.signal.aborted) {
        try { await follow(); } catch { /* reconnect below */ }
        if (stop.signal.aborted) return;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    })();
    return () => { stop.abort(); clearTimeout(timer); };
  }, [getToken, baseUrl]);
}
