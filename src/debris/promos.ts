import type { DebrisRule } from "./rule.js";

export const promoRules: DebrisRule[] = [
  {
    id: "advertisement",
    description:
      "Advertisement slots, in the languages the agencies file in: 'Advertisement', 'Werbung', 'Publicidad'",
    scope: "line",
    pattern:
      /^(?:Advertisement|Advertising|Sponsored(?: content)?|Story continues below(?: advertisement)?|Ad|Werbung|Anzeige|Publicité|Publicidad|Pubblicità)$/i,
  },
  {
    id: "read-more",
    description: "'Read more: …' and 'Also read: …' links (a label and a link, never a sentence)",
    scope: "line",
    pattern:
      /^(?:Read more|Read More|READ MORE|Also read|ALSO READ|Read also|READ ALSO|Continue reading|See also|SEE ALSO|Lire aussi|Lesen Sie auch|Leer también|Leggi anche)(?:\s{0,3}(?:[:»›>|]|[-–—]\s)[^\n]{0,200}|\s{1,3}(?:at|on|here)\b[^\n]{0,200}|[.…]{0,3})$/,
  },
  {
    id: "read-more",
    description: "A teaser's 'Read More »' link, alone or after the headline it repeats",
    scope: "line",
    pattern: /^(?:[^\n]{1,300}\s)?(?:Read More|Read more|READ MORE)\s{0,3}[»›>]?$/,
    needs: ["Read More", "Read more", "READ MORE"],
  },
  {
    id: "coverage-link",
    description: "'More stories like this are available on …', 'For more news, visit …'",
    scope: "line",
    pattern:
      /^(?:More stories like this are available on|For more (?:news|stories|coverage)(?: like this)?,? (?:visit|go to|see))\s[^\n]{1,120}$/,
  },
  {
    id: "coverage-link",
    description: "Pointers to more coverage: 'Follow AP's coverage of … at https://…'",
    scope: "line",
    pattern:
      /^(?:Follow|Read|See|Find|Get) (?:more of |all of )?(?:AP['’]s|our|the|Reuters['’]|AFP['’]s) (?:full |latest |live )?coverage (?:of|on|at) [^\n]{1,200}$/,
    where: "trailer",
  },
];
