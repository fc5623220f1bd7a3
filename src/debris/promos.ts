import type { DebrisRule } from "./rule.js";

export const promoRules: DebrisRule[] = [
  {
    id: "advertisement",
    description: "Advertisement slots: 'Advertisement', 'ADVERTISEMENT', 'Ad'",
    scope: "line",
    pattern: /^(?:Advertisement|ADVERTISEMENT|Sponsored|Story continues below advertisement)$/,
  },
  {
    id: "read-more",
    description: "'Read more' and 'Also read' links",
    scope: "line",
    pattern: /^(?:Read more|READ MORE|Also read|ALSO READ|Read also|Continue reading)\b[^\n]{0,300}$/,
  },
];
