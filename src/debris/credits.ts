import { classOf, codePointAt, LETTER, startsUpper } from "../chars.js";
import type { DebrisRule } from "./rule.js";

const ROLE =
  /^(?:additional |further )?(?:reporting|writing|editing|compiled|reported|research|produced|graphics?|fact-checking|translation|photos?|video)(?: and (?:reporting|writing|editing))? by /i;
/** Small words that may sit between names: "Jane Doe and John Roe in Paris", "Maria de la Cruz". */
const LINKS = new Set(["and", "in", "de", "da", "del", "la", "van", "von", "der", "bin", "al", "el"]);

/**
 * "Reporting by Tom Archer in London; Editing by Sarah Whitfield": every part a role, "by", names, and
 * perhaps "in Place". "Reporting by state media suggested…" is a sentence, not a sign-off.
 */
function signOff(text: string): boolean {
  const inner = text.replace(/^\(|\)\.?$|\.$/g, "").trim();
  const parts = inner.split(/;\s{0,3}/);
  return parts.length <= 8 && parts.every((part) => creditPart(part.trim()));
}

function creditPart(part: string): boolean {
  const role = ROLE.exec(part);
  if (!role) return false;
  const words = part
    .slice(role[0].length)
    .split(/[\s,&]+/)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 30 &&
    isNameWord(words[0] as string) &&
    words.every((word) => isNameWord(word) || LINKS.has(word))
  );
}

/**
 * A word of a name (`/^[\p{Lu}][\p{L}'’.-]{0,30}$/u`): a capital, then up to 30 letters, apostrophes, full stops
 * or hyphens. Scanned by character class: a pattern of Unicode classes costs more to make than a page to read.
 */
function isNameWord(word: string): boolean {
  if (!startsUpper(word)) return false;
  let count = 0;
  for (let i = codePointAt(word, 0) > 0xffff ? 2 : 1; i < word.length; count++) {
    const code = codePointAt(word, i);
    if ((classOf(code) & LETTER) === 0 && !isNameMark(code)) return false;
    i += code > 0xffff ? 2 : 1;
  }
  return count <= 30;
}

/** The marks a name word may hold besides letters: O'Brien, N’Diaye, St., Jean-Claude. */
function isNameMark(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

export const creditRules: DebrisRule[] = [
  {
    id: "sign-off",
    description: "Sign-offs kept as credits: 'Reporting by …; Editing by …', '(Reporting by … in …)'",
    scope: "line",
    pattern:
      /^\(?(?:Additional |Further )?(?:Reporting|Writing|Editing|Compiled|Reported|Research|Produced|Graphics?|Fact-checking|Translation|Photos?|Video)\b[^\n]{3,400}$/i,
    accept: signOff,
    keepAs: "credits",
  },
  {
    id: "sign-off",
    description:
      "A bracketed sign-off glued to the last sentence: '…he said. (Reporting by …; Editing by …)'",
    scope: "inline",
    pattern:
      /(?<=[.!?"”’])[ \t]{1,5}\((?:Additional |Further )?(?:Reporting|Writing|Editing|Compiled|Reported|Research) by [^()\n]{2,400}\)[ \t]{0,5}$/g,
    needs: [" by "],
    accept: (text) => signOff(text.trim()),
    keepAs: "credits",
  },
  {
    id: "sign-off",
    description: "Contributor lines kept as credits: 'Associated Press writer … contributed to this report.'",
    scope: "line",
    pattern:
      /^(?:The )?(?:Associated Press|AP|AFP|Reuters|Bloomberg) (?:writers?|reporters?|correspondents?|journalists?|videojournalists?|photographers?|researchers?) [^\n]{2,300} contributed(?: to this (?:report|story))?\.$/,
    keepAs: "credits",
    where: "trailer",
  },
  {
    id: "sign-off",
    description:
      "The writer's name and agency after the story, kept as credits: 'Jane Doe, The Associated Press'",
    scope: "line",
    pattern:
      /^[\p{Lu}][\p{L}'’. -]{2,80}, (?:The Associated Press|Associated Press|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|dpa|Kyodo News|Yonhap)$/u,
    // The agencies' names without the ", " before them: a page has a comma and a space in every other
    // sentence, and a search stops at each. Not "dpa" alone, though: a small "d" is commoner still.
    needs: [
      "Associated Press",
      "Reuters",
      "AFP",
      "Agence France-Presse",
      "Bloomberg",
      ", dpa",
      "Kyodo News",
      "Yonhap",
    ],
    accept: (text) => {
      const names = text.slice(0, text.lastIndexOf(",")).split(/\s+/);
      // "By Jane Doe, dpa" under the headline is the byline, not a sign-off.
      return (
        !/^(?:By|Par|Von|Por)$/.test(names[0] ?? "") &&
        names.length <= 8 &&
        names.every((word) => isNameWord(word) || word === "and")
      );
    },
    keepAs: "credits",
    where: "trailer",
  },
  {
    id: "sign-off",
    description:
      "Editors named after the story, kept as credits: '(Web editor: Zhang Wei, Liu Fang)', '[Editor: Li Wen]', '(Edited by …)'",
    scope: "line",
    pattern:
      /^(?:\((?:Web editors?|Editors?|Edited by|Responsible editors?)\s{0,2}:?\s{1,3}[^()\n]{2,120}\)|\[(?:Web editors?|Editors?|Edited by|Responsible editors?)\s{0,2}:?\s{1,3}[^[\]\n]{2,120}\])$/,
    keepAs: "credits",
    where: "trailer",
  },
  {
    id: "agency-credit",
    description:
      "A republisher's credit to the agency, kept as credits: '(With inputs from PTI)', '(With agency inputs)'",
    scope: "line",
    pattern:
      /^\((?:With (?:inputs|reporting|additional reporting) from|Inputs from|With agency inputs|Agencies contributed|Written with|Source)\b[^()\n]{0,80}\)\.?$/i,
    keepAs: "credits",
    where: "trailer",
  },
  {
    id: "contact-block",
    description: "Contact details for the story's reporters and editors, kept as credits",
    scope: "block",
    pattern: /^To contact the (?:reporters?|editors?|authors?)[^\n]{0,80}:$/,
    keepAs: "credits",
  },
];
