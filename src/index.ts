export { decode, DEFAULT_MAX_BYTES } from "./decode.js";
export { DEBRIS_RULES, type DebrisRule, stripDebris } from "./debris/index.js";
export { InputError, isInputError } from "./errors.js";
export { AGENCIES, type Agency } from "./header/agencies.js";
export { normalise } from "./normalise.js";
export { type ParseOptions, type ParseResult, parseDispatch } from "./parse.js";
export type {
  Dateline,
  Diagnostic,
  Dispatch,
  Origin,
  Quote,
  QuoteKind,
  Removal,
  Severity,
  Source,
} from "./record.js";
export { SCHEMA_VERSION } from "./record.js";
