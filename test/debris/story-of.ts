import { stripDebris } from "../../src/debris/index.js";

/** The lines of text the debris rules leave of a page, trimmed, blank ones left out. */
export const storyOf = (text: string): string[] =>
  stripDebris(text)
    .lines.map((l) => l.text.trim())
    .filter(Boolean);
