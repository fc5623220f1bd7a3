import type { DebrisRule } from "./rule.js";

export const tableRules: DebrisRule[] = [
  {
    id: "table-pipe",
    description: "Lines of nothing but table pipes and dashes, left by a page laid out in a table",
    scope: "line",
    pattern: /^[|\s:-]{0,2000}$/,
  },
  {
    id: "table-pipe",
    description: "Table pipes at the end of a line of text",
    scope: "inline",
    // A run of them goes at once, so that stripping twice strips nothing more.
    pattern: /[ \t]\|[ \t|]{0,200}$/g,
    needs: ["|"],
  },
  {
    id: "table-pipe",
    description: "Table pipes at the start of a line of text",
    scope: "inline",
    pattern: /^[ \t|]{0,200}\|[ \t]/g,
    needs: ["|"],
  },
];
