/** "Family, #work home" → ["family", "work", "home"] (the API keeps tags lowercase, at most 10). */
export function parseTags(text: string): string[] {
  const tags = text.split(/[\s,]+/).map((t) => t.replace(/^#/, "").trim().toLowerCase()).filter(Boolean);
  return [...new Set(tags)].slice(0, 10);
}
