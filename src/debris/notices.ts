import type { DebrisRule } from "./rule.js";

export const noticeRules: DebrisRule[] = [
  {
    id: "standards-note",
    description: "Reuters' 'Our Standards: The Thomson Reuters Trust Principles.'",
    scope: "line",
    pattern: /^Our Standards:[^\n]{0,120}$/,
  },
  {
    id: "licensing-link",
    description:
      "Republication links under a story: Reuters' 'Purchase Licensing Rights', 'Reprints & Permissions'",
    scope: "line",
    pattern:
      /^(?:Purchase Licensing Rights|Purchase licensing rights|Reprints (?:&|and) Permissions|Licensing rights)$/,
  },
  {
    id: "site-tagline",
    description:
      "A site's masthead tagline: 'Exclusive news, data and analytics for financial market professionals'",
    scope: "line",
    pattern: /^Exclusive news, data and analytics for financial market professionals$/,
  },
  {
    id: "syndication-note",
    description:
      "Republishers' notes on syndicated copy: 'This story has not been edited by … and is auto-generated from a syndicated feed', 'auto-generated from ANI news service', Anadolu's subscription note, AP's funding note",
    scope: "line",
    pattern:
      /^\(?(?:This (?:report|story|article|news|copy)\b[^\n]{0,120}(?:auto-generated|syndicated feed|wire agency feed|news service|agency feed)[^\n]{0,200}|Only the headline[^\n]{0,200}syndicated feed[^\n]{0,40}|[^\n]{0,40}website contains only a portion of the news stories[^\n]{0,300}|Disclaimer:[^\n]{0,300}(?:syndicated|agency|wire)[^\n]{0,200}|The (?:Associated Press|AP)\b[^\n]{0,120} receives (?:financial )?support from [^\n]{1,400}|The AP is solely responsible for all content\.?)$/,
    needs: [
      "This ",
      "Only the headline",
      "website contains",
      "Disclaimer:",
      "The Associated Press",
      "The AP",
    ],
  },
  {
    id: "cookie-notice",
    description:
      "Cookie banners: 'We use cookies…', 'Cookies help us deliver our services…', 'Accept all cookies', 'Cookie settings'",
    scope: "line",
    pattern:
      /^(?:(?:We|This (?:web)?site|Our (?:web)?site) uses? cookies\b[^\n]{0,400}|Cookies help us (?:deliver|provide|improve)\b[^\n]{0,400}|By (?:continuing|using|browsing)[^\n]{0,120}(?:cookies|privacy policy)[^\n]{0,200}|(?:Accept|Reject|Allow|Decline)(?: all| necessary)? cookies|Cookie (?:settings|policy|preferences|consent)|Manage (?:cookies|preferences|consent))\.?$/i,
  },
  {
    id: "short-url",
    description: "'Short Url' boxes and a bare link alone on a line",
    scope: "line",
    pattern: /^(?:Short ?URL:?(?:\s{1,3}https?:\/\/\S{1,300})?|(?:https?:\/\/|www\.)\S{1,500})$/i,
  },
];
