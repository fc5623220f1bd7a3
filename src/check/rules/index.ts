/** Every rule of `dispatch check`, in the order they are listed and run. A rule is one module. */
import type { Rule } from "../types.js";
import bodyComplete from "./body-complete.js";
import duplicateStory from "./duplicate-story.js";
import filenamePattern from "./filename-pattern.js";
import knownAgency from "./known-agency.js";
import nearDuplicateStory from "./near-duplicate-story.js";
import noDebris from "./no-debris.js";
import quoteInBody from "./quote-in-body.js";
import quoteSpeaker from "./quote-speaker.js";
import requiredFields from "./required-fields.js";
import schema from "./schema.js";
import validDate from "./valid-date.js";

export const RULES: readonly Rule[] = [
  schema,
  requiredFields,
  validDate,
  knownAgency,
  noDebris,
  bodyComplete,
  quoteInBody,
  quoteSpeaker,
  duplicateStory,
  nearDuplicateStory,
  filenamePattern,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** A file that cannot be read as records at all: always an error, not a rule that can be turned off. */
export const MALFORMED = "malformed";
