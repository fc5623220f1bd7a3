/**
 * Reading a record that may not follow the schema: rules run on what can be read, so every access goes
 * through these, which answer null or [] for a value of the wrong type instead of throwing.
 */
import type { Dispatch } from "../record.js";

export function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** The body's paragraphs that are strings, with their indexes in the body. */
export function paragraphs(record: Dispatch): { text: string; index: number }[] {
  const body: unknown = record.body;
  if (!Array.isArray(body)) return [];
  const out: { text: string; index: number }[] = [];
  body.forEach((item: unknown, index) => {
    if (typeof item === "string") out.push({ text: item, index });
  });
  return out;
}

/** The value at a dotted path ("dateline.place"), or undefined when a step is missing. */
export function valueAt(record: Dispatch, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function objectAt(record: Dispatch, key: string): Record<string, unknown> | null {
  const value = valueAt(record, [key]);
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Text cut short for a message: `"Putin meets Kim, praises…"`. */
export function excerpt(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/**
 * A function of a string, remembered: datelines repeat across an archive ("BEIJING, Sept 3 (Xinhua)"),
 * and reading one runs the dateline grammar. Bounded, so a huge archive does not grow it without end.
 */
export function remembered<T>(fn: (key: string) => T, limit = 10_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
