import type { DebrisRule } from "./rule.js";

/** "Home | News | Europe | France", "All News | Economy", "Home > World > Asia": sections, no sentence. */
function sectionPath(text: string): boolean {
  const parts = text.split(/\s[|>»›/]\s|\s?\|\s?/).map((part) => part.trim());
  return (
    parts.length >= 2 && parts.every((part) => /^[\p{L}&'’-]{1,20}(?: [\p{L}&'’-]{1,20}){0,3}$/u.test(part))
  );
}

/** Words that name a site's sections. Data: a menu has some of them, a list of names in a story none. */
const SECTION_WORDS = new Set(
  `home news world business sport sports politics opinion video videos tech technology science health
  entertainment culture lifestyle life economy markets money asia europe africa americas middle east space
  military weather climate environment travel live podcasts photos latest more menu search login subscribe
  national international local us uk china india region regions features analysis investigations media
  arts books food style education energy industry defence defense security diplomacy`
    .split(/\s+/)
    .filter(Boolean),
);

/** At least half the items of a bullet run are section names: "* Home", "* World", "* Middle East". */
function sectionMenu(items: string[]): boolean {
  const sections = items.filter((item) =>
    item
      .replace(/^[*•·▪►-]\s{1,3}/, "")
      .toLowerCase()
      .split(/[\s&]+/)
      .some((word) => SECTION_WORDS.has(word)),
  );
  return sections.length * 2 >= items.length;
}

/**
 * An unbulleted menu ("World" / "Business" / "Markets", "Top News" / "U.S. News" / "World News"): as a
 * bulleted one, and no item ends a sentence. A run of names in a story is not lines of one to three words.
 */
function bareSectionMenu(items: string[]): boolean {
  return sectionMenu(items) && items.every((item) => !/[.!?,;:]$/.test(item));
}

export const navigationRules: DebrisRule[] = [
  {
    id: "navigation",
    description: "A line of site sections: 'Home | News | Europe', 'Home > World > Asia'",
    scope: "line",
    pattern: /^[\p{L}&'’ -]{1,40}\s?[|>»›]\s?[\p{L}&'’|>»›/ -]{1,200}$/u,
    needs: ["|", ">", "»", "›"],
    accept: sectionPath,
  },
  {
    id: "navigation",
    description:
      "A run of three or more short bullet items naming site sections: '* Home', '* World', '* Business'",
    scope: "run",
    pattern: /^[*•·▪►-]\s{1,3}[\p{L}&'’ -]{1,40}$/u,
    needs: ["*", "•", "·", "▪", "►", "-"],
    accept: (text) => text.split(/\s+/).length <= 5,
    minRun: 3,
    acceptRun: sectionMenu,
  },
  {
    id: "navigation",
    description:
      "A run of three or more unbulleted lines of one to three words, half of them naming site sections: 'World', 'Business', 'Markets'; 'Top News', 'U.S. News'",
    scope: "run",
    pattern: /^[\p{Lu}][\p{L}&'’.-]{0,24}(?: [\p{L}&'’.-]{1,24}){0,2}$/u,
    minRun: 3,
    acceptRun: bareSectionMenu,
  },
  {
    id: "navigation",
    description: "Accessibility links at the top of a page: 'Skip to main content', 'Skip to navigation'",
    scope: "line",
    pattern: /^Skip to (?:main )?(?:content|navigation|search|footer)$/i,
  },
];
