import { agencyLine } from "../header/agencies.js";
import type { DebrisRule } from "./rule.js";

/** "PTI ABC NSD RT", "UNI XC SB 1420", "dpa ans xx": an agency's desk codes after the story. */
function deskCodes(text: string): boolean {
  const [agency, ...codes] = text.trim().split(/\s+/);
  if (!agency || codes.length === 0 || codes.length > 8 || !agencyLine(agency)) return false;
  // Capitals and digits ("ABC NSD RT"), or initials of up to three small letters ("ans xx"): "AFP was told",
  // a wrapped line of story text, is neither.
  return (
    codes.every((code) => /^[A-Z0-9]{1,5}$/.test(code)) || codes.every((code) => /^[a-z]{1,3}$/.test(code))
  );
}

/** "ksk/arm", "/ck/he": two to five small letters a part, two parts or more. */
function initials(text: string): boolean {
  const parts = text.replace(/^\//, "").split(/[/-]/);
  return parts.length >= 2 && parts.every((part) => part.length >= 2 && part.length <= 5);
}

export const trailerRules: DebrisRule[] = [
  {
    id: "end-mark",
    description: "End-of-story marks: Enditem, -0-, ■, ###, (END), -30-, and rules of underscores or dashes",
    scope: "line",
    pattern: /^(?:Enditem|Enditems|-0-|■|#{3}|\(?END\)?|-?30-|[_=*~]{3,80}|-{3,80})\.?$/i,
    where: "trailer",
  },
  {
    id: "end-mark",
    description: "An end mark glued to the last sentence: '…said. Enditem', '…said. ■', '…said. ©AFP'",
    scope: "inline",
    pattern: /(?<=[.!?"”’)])[ \t]{0,10}(?:Enditem|■|\(END\)|©\s?AFP|-0-)[ \t]{0,10}$/g,
    needs: ["Enditem", "■", "(END)", "©", "-0-"],
  },
  {
    id: "desk-code",
    description: "Desk codes after the story: 'PTI ABC NSD RT', 'UNI XC SB 1420', 'dpa ans xx'",
    scope: "line",
    pattern: /^[A-Za-z]{2,8} [A-Za-z0-9 ]{1,40}$/,
    accept: deskCodes,
    where: "trailer",
  },
  {
    id: "desk-code",
    description: "Desk codes glued to the last sentence: '…next year. PTI ABC NSD RT'",
    scope: "inline",
    pattern: /(?<=[.!?"”’])[ \t]{1,5}(?:PTI|UNI)(?: [A-Z0-9]{1,5}){1,8}[ \t]{0,5}$/g,
    needs: ["PTI", "UNI"],
  },
  {
    id: "desk-initials",
    description: "Editors' initials after the story: 'ksk/arm', 'bur-jm/rox', '/ck/he'",
    scope: "line",
    pattern: /^\/?[a-z]{2,5}(?:-[a-z]{2,5})?\/[a-z/]{2,30}$/,
    accept: initials,
    where: "trailer",
  },
  {
    id: "desk-initials",
    description: "Editors' initials glued to the last sentence: '…in den USA. /ck/he'",
    scope: "inline",
    pattern: /(?<=[.!?"”’])[ \t]{1,5}\/?[a-z]{2,5}\/[a-z/]{2,30}[ \t]{0,5}$/g,
    needs: ["/"],
    accept: (text) => initials(text.trim()),
  },
  {
    id: "agency-signoff",
    description:
      "A line naming only the agency: 'AFP', '— Reuters', '-- BERNAMA', '==Kyodo', '(ANI)', 'By AFP'",
    scope: "line",
    pattern: /^[-–—=(]{0,3}\s{0,2}(?:By\s{1,3}|Source:\s{0,3})?[\p{L} .'-]{2,40}\)?\.?$/iu,
    accept: (text) => agencyLine(text) !== undefined,
  },
  {
    id: "contact-email",
    description: "A reporter's address alone on a line after the story: 'jkim@yna.co.kr'",
    scope: "line",
    pattern: /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/,
    needs: ["@"],
    where: "trailer",
  },
];
