import type { DebrisRule } from "./rule.js";

export const promoRules: DebrisRule[] = [
  {
    id: "advertisement",
    description:
      "Advertisement slots, in the languages the agencies file in: 'Advertisement', 'Advertisement - Scroll to continue', 'Skip Ad', 'Video Ad Feedback', 'Werbung', 'Publicidad'",
    scope: "line",
    pattern:
      /^(?:Advertisement|Advertising|Sponsored(?: content)?|Story continues below(?: advertisement)?|Ad|Werbung|Anzeige|Publicité|Publicidad|Pubblicità|Advertisement\s{1,3}[-–—]\s{1,3}Scroll to continue(?: with content| reading)?|Skip Ad|(?:Video )?Ad Feedback|Video Ad Feedback)$/i,
  },
  {
    id: "page-widget",
    description:
      "What a page's widgets leave as text: 'Loading...', '3 min read', 'Comments (12)', 'View comments', 'Click here to subscribe'",
    scope: "line",
    pattern:
      /^(?:Loading(?:\.{3}|…)|\d{1,2} min(?:ute)?s? read|(?:View |Show |Read |Hide )?[Cc]omments?(?: \(\d{1,6}\)| \d{1,6})?|\d{1,6} [Cc]omments?|Click here (?:to|for) [^\n]{1,80})$/,
  },
  {
    id: "read-more",
    description: "A video promo's label and title alone on a line: 'Watch: Flood waters rise in Mumbai'",
    scope: "line",
    pattern: /^(?:WATCH|Watch|VIDEO|Video)\s{0,2}:\s{1,3}[^\n]{1,150}$/,
    // A label, then a title: not a sentence, which would end in a full stop.
    accept: (text) => !/[.!?]["”’]?$/.test(text),
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
    id: "support-pitch",
    description:
      "Reader-support pitches: 'Thanks for reading; we rely on your support. … every contribution helps us keep publishing.'",
    scope: "line",
    pattern:
      /^(?:Thanks|Thank you) for reading\b[^\n]{0,80}\b(?:rely|depend|count)s? on (?:your|reader|readers['’]?) (?:support|contributions?|donations?)\b[^\n]{0,600}$/i,
  },
  {
    id: "support-pitch",
    description:
      "Pitches for contributions: 'We need your help. … please contribute', 'Support our journalism', 'Become a supporter'",
    scope: "line",
    pattern:
      /^(?:We need your (?:help|support)\b[^\n]{0,600}\b(?:contribut|donat|subscri|support)[^\n]{0,200}|Support (?:our|independent) (?:journalism|reporting|work)\b[^\n]{0,200}|Become a (?:supporter|patron|member)\b[^\n]{0,200}|Donate(?: now| today)?)$/i,
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
