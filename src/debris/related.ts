import type { DebrisRule } from "./rule.js";

export const relatedRules: DebrisRule[] = [
  {
    id: "related-links",
    description:
      "A 'Related stories'/'More news'/'Latest Headlines'/'Suggested Topics' heading and the list of links under it (the heading must stand alone: 'Related talks are expected…' is story text)",
    scope: "block",
    pattern:
      /^(?:Related(?: (?:Links|Stories|Articles|News|Coverage|Content|Topics|Reading|Posts))?|RELATED(?: (?:LINKS|STORIES|ARTICLES|NEWS|CONTENT|COVERAGE))?|More (?:from|on|in|news|stories|headlines)\b[^\n.!?]{0,40}|MORE (?:NEWS|STORIES)|Latest (?:Headlines|News|Stories|Videos)|Most (?:Read|Popular|Viewed)(?: from [^\n.!?]{1,40})?|Trending(?: (?:Stories|Now|News|Topics))?|Top Stories|Suggested (?:Topics|Stories|Reading|Articles)|Recommended(?: for you| stories)?|See also|You may also like|You might also like|Also read|Read also|Read more|READ MORE|ALSO READ|Further reading|Editor's picks|In other news|Read Next|Up Next|Sur le même sujet|À lire aussi|A lire aussi|Dans la même rubrique|Zum Thema|Mehr zum Thema|Noticias relacionadas|Notizie correlate)\s{0,3}:?$/i,
  },
  {
    id: "topic-tags",
    description:
      "A 'Keywords'/'Tags' heading alone on its line after the story (the tags under it go by the hashtag rule)",
    scope: "line",
    pattern: /^(?:Keywords|Tags|Mots-clés|Schlagwörter|Etiquetas)\s{0,3}:?$/i,
    where: "trailer",
  },
  {
    id: "topic-tags",
    description: "A line of hashtags and nothing else: '#Park Tae-jun #KBO #saves record'",
    scope: "line",
    pattern: /^#[^\s#][^#\n]{0,60}(?:\s#[^\s#][^#\n]{0,60}){1,30}$/u,
  },
];
