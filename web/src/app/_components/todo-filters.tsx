"use client";

import { useEffect, useState } from "react";
import { defaultFilters, defaultOrder, type Filters, type Sort } from "@/lib/filters";
import { inputClass, quietButton } from "./ui";

type Props = { filters: Filters; onChange: (filters: Filters) => void; searchRef: React.RefObject<HTMLInputElement | null> };

const selectClass = `${inputClass} py-1.5`;

export function TodoFilters({ filters, onChange, searchRef }: Props) {
  const [q, setQ] = useState(filters.q);
  const [tag, setTag] = useState(filters.tag);

  useEffect(() => { setQ(filters.q); setTag(filters.tag); }, [filters.q, filters.tag]);

  // Typing waits a moment before the list reloads.
  useEffect(() => {
    if (q === filters.q && tag === filters.tag) return;
    const timer = setTimeout(() => onChange({ ...filters, q, tag: tag.trim().replace(/^#/, "").toLowerCase() }), 300);
    return () => clearTimeout(timer);
  }, [q, tag, filters, onChange]);

  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const isDefault = JSON.stringify(filters) === JSON.stringify(defaultFilters);

  return (
    <section aria-label="Filter and sort" className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
      <div className="col-span-2 sm:col-span-3 lg:col-span-2">
        <label htmlFor="search" className="sr-only">Search</label>
        <input ref={searchRef} id="search" type="search" value={q} onChange={(e) => setQ(e.target.value)}
          placeholder="Search…  (press /)" className={selectClass} />
      </div>
      <Select id="f-status" label="Filter by status" value={filters.status} onChange={(v) => set({ status: v as Filters["status"] })}
        options={[["all", "All"], ["pending", "Open"], ["completed", "Done"]]} />
      <Select id="f-due" label="Filter by due date" value={filters.due} onChange={(v) => set({ due: v as Filters["due"] })}
        options={[["", "Any time"], ["overdue", "Overdue"], ["today", "Due today"], ["week", "Due this week"]]} />
      <Select id="f-priority" label="Filter by priority" value={filters.priority} onChange={(v) => set({ priority: v as Filters["priority"] })}
        options={[["", "Any priority"], ["high", "High"], ["medium", "Medium"], ["low", "Low"], ["none", "None"]]} />
      <div>
        <label htmlFor="f-tag" className="sr-only">Filter by tag</label>
        <input id="f-tag" value={tag} onChange={(e) => setTag(e.target.value)} placeholder="#tag" className={selectClass} />
      </div>
      <div className="col-span-2 flex items-center gap-2 sm:col-span-3 lg:col-span-6">
        <Select id="f-sort" label="Sort" value={filters.sort} visibleLabel
          onChange={(v) => set({ sort: v as Sort, order: defaultOrder[v as Sort] })}
          options={[["created", "Newest"], ["due", "Due date"], ["priority", "Priority"], ["title", "Title"]]} />
        <button type="button" className={quietButton} onClick={() => set({ order: filters.order === "asc" ? "desc" : "asc" })}
          title="Reverse the order">
          <span aria-hidden="true">{filters.order === "asc" ? "↑" : "↓"}</span>
          {filters.order === "asc" ? "Ascending" : "Descending"}
        </button>
        {!isDefault && (
          <button type="button" className={`${quietButton} ml-auto`} onClick={() => onChange(defaultFilters)}>Clear filters</button>
        )}
      </div>
    </section>
  );
}

type SelectProps = { id: string; label: string; value: string; options: [string, string][]; onChange: (value: string) => void; visibleLabel?: boolean };

function Select({ id, label, value, options, onChange, visibleLabel }: SelectProps) {
  return (
    <div className={visibleLabel ? "flex items-center gap-2" : undefined}>
      <label htmlFor={id} className={visibleLabel ? "text-sm text-slate-600 dark:text-slate-400" : "sr-only"}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={visibleLabel ? `${selectClass} w-auto` : selectClass}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}
