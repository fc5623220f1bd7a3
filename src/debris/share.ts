import type { DebrisRule } from "./rule.js";

export const shareRules: DebrisRule[] = [
  {
    id: "share-prompt",
    description:
      "Share buttons and subscribe prompts: 'Share', 'Partager', 'Link', 'Copy Link copied', 'Tweet', 'Subscribe Free To Our Daily Newsletters', 'Follow us on X'",
    scope: "line",
    pattern:
      /^(?:Share(?: (?:this|the) (?:article|story|page|post|video))?(?: on [\p{L} ]{1,30})?|Partager(?: (?:cet|l['’]) ?article)?|Teilen|Compartir|Condividi|Link|Share via [\p{L} ]{1,30}|Tweet|E-?mail|Print|Facebook|Twitter|X|LinkedIn|Linkedin|WhatsApp|Telegram|Reddit|Pinterest|Flipboard|Copy (?:link|Link|URL)(?: copied)?|Link copied|Comments?|Save|Bookmark|Listen(?: to this article)?|Gift this article|Subscribe(?: now| today| here)?|Subscribe (?:to|for) [^\n]{1,80}|Subscribe Free To Our Daily Newsletters|Sign up (?:for|to) [^\n]{1,80}|Follow (?:us|[\p{Lu}][\p{L}]{1,20}) on (?:Twitter|X|Facebook|Telegram|Instagram|WhatsApp|LinkedIn|YouTube|Google News|Threads|Bluesky)\b[^\n]{0,40}|Get (?:the latest|our)[^\n]{1,60}(?:newsletter|alerts|updates|app)[^\n]{0,40}|Download (?:our|the) app[^\n]{0,60}|Join our (?:WhatsApp|Telegram) channel[^\n]{0,60})[.!:]?$/u,
  },
  {
    id: "share-prompt",
    description:
      "A bar of share buttons run into one line: 'Share on Facebook Share on X Share via Email', 'Facebook Twitter WhatsApp Email'",
    scope: "line",
    // A cheap first test: the line opens with a button's label; `accept` reads every word of it.
    pattern:
      /^(?:Share|Facebook|Twitter|X|E-?mail|WhatsApp|LinkedIn|Telegram|Reddit|Print|Tweet|Copy)\b[^\n]{1,200}$/,
    accept: isShareBar,
  },
  {
    id: "share-prompt",
    description: "Newsletter pitches in the story: '… with our newsletter. Sign up here.'",
    scope: "line",
    pattern:
      /^[^\n]{0,200}\b(?:newsletter|briefing|alerts)\b[^\n]{0,120}\b(?:Sign up|Subscribe|Register)(?: here| now| today| for free)?[.!]?$/,
    // The closing call, not the topic words: a capital is rarer on a page than "a" or "n", so it is found sooner.
    needs: ["Sign up", "Subscribe", "Register"],
  },
  {
    id: "share-prompt",
    description:
      "A newsletter link left between two sentences of the story: 'told Reuters. Sign up here. A drone…'",
    scope: "inline",
    // Only with story text after it: at the end of a line, the newsletter pitch rule takes the whole line.
    pattern: /(?<=[.!?"”’])[ \t]{1,3}Sign up here\.(?=[ \t]{1,3}\S)/g,
    needs: ["Sign up here."],
  },
  {
    id: "share-prompt",
    description: "A newsletter link alone on its line: 'Sign up here.'",
    scope: "line",
    pattern: /^Sign up here[.!]?$/,
    needs: ["Sign up here"],
  },
];

/** What a share bar's buttons name: a network, or an action ("Email", "Print"). A bar names two or more. */
const BUTTONS = new Set([
  "Facebook",
  "Twitter",
  "X",
  "WhatsApp",
  "LinkedIn",
  "Linkedin",
  "Telegram",
  "Reddit",
  "Pinterest",
  "Flipboard",
  "Messenger",
  "Bluesky",
  "Threads",
  "Mastodon",
  "Email",
  "E-mail",
  "Print",
  "Tweet",
]);
/** The words around the buttons' names: "Share on …", "Share via …", "Copy link". */
const BUTTON_LABELS = new Set(["Share", "share", "on", "via", "Copy", "link", "Link", "copied", "Save"]);

/** Is the line only share buttons, two at least: "Share on Facebook Share on X Share via Email"? */
function isShareBar(line: string): boolean {
  const words = line.split(/[\s|·•/]+/).filter((word) => word !== "");
  let buttons = 0;
  for (const word of words) {
    if (BUTTONS.has(word)) buttons++;
    else if (!BUTTON_LABELS.has(word)) return false;
  }
  return buttons >= 2;
}
