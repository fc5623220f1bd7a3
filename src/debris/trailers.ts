import type { DebrisRule } from "./rule.js";

export const trailerRules: DebrisRule[] = [
  {
    id: "end-mark",
    description: "End-of-story marks: Enditem, -0-, ■, ###, (END)",
    scope: "line",
    pattern: /^(?:Enditem|Enditems|-0-|■|#{3}|\(?END\)?|-?30-)\.?$/i,
    where: "trailer",
  },
  {
    id: "end-mark",
    description: "An end mark glued to the last sentence: '…said. Enditem', '…said. ■'",
    scope: "inline",
    pattern: /(?<=[.!?"”’)])[ \t]{0,10}(?:Enditem|■)[ \t]{0,10}$/g,
  },
];
