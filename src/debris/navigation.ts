import type { DebrisRule } from "./rule.js";

/** "Home | News | Europe | France", "All News | Economy", "Home > World > Asia": sections, no sentence. */
function sectionPath(text: string): boolean {
  const parts = text.split(/\s[|>»›/]\s|\s?\|\s?/).map((part) => part.trim());
  return (
    parts.length >= 2 && parts.every((part) => /^[\p{L}&'’-]{1,20}(?: [\p{L}&'’-]{1,20}){0,3}$/u.test(part))
  );
}

export const navigationRules: DebrisRule[] = [
  {
    id: "navigation",
    description: "A line of site sections: 'Home | News | Europe', 'Home > World > Asia'",
    scope: "line",
    pattern: /^[\p{L}&'’ -]{1,40}\s?[|>»›]\s?[\p{L}&'’|>»›/ -]{1,200}$/u,
    accept: sectionPath,
  },
  {
    id: "navigation",
    description: "A run of three or more short bullet items with no sentence in them: '* Home', '* World'",
    scope: "run",
    pattern: /^[*•·▪►-]\s{1,3}[\p{L}&'’ -]{1,40}$/u,
    accept: (text) => text.split(/\s+/).length <= 5,
    minRun: 3,
  },
];
