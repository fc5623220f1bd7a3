import type { DebrisRule } from "./rule.js";

export const relatedRules: DebrisRule[] = [
  {
    id: "related-links",
    description:
      "A 'Related stories'/'More news'/'Latest Headlines' heading and the list of links under it (the heading must stand alone: 'Related talks are expected…' is story text)",
    scope: "block",
    pattern:
      /^(?:Related(?: (?:Links|Stories|Articles|News|Coverage|Content|Topics|Reading|Posts))?|RELATED(?: (?:LINKS|STORIES|ARTICLES|NEWS|CONTENT|COVERAGE))?|More (?:from|on|in|news|stories|headlines)\b[^\n.!?]{0,40}|MORE (?:NEWS|STORIES)|Latest (?:Headlines|News|Stories|Videos)|Most (?:Read|Popular|Viewed)(?: from [^\n.!?]{1,40})?|Trending(?: (?:Stories|Now|News|Topics))?|Top Stories|Recommended(?: for you| stories)?|See also|You may also like|You might also like|Also read|Read also|Read more|READ MORE|ALSO READ|Further reading|Editor's picks|In other news)\s{0,3}:?$/i,
  },
];
