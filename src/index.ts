export { DEBRIS_RULES, type DebrisRule, stripDebris } from "./debris/index.js";
export { DEFAULT_MAX_BYTES, decode } from "./decode.js";
export { InputError, isInputError } from "./errors.js";
export {
  FORMATS,
  type FormatName,
  fileExtension,
  formatFromExtension,
  fromJson,
  fromMarkdown,
  fromNdjson,
  fromYaml,
  NINJS_UNMAPPED,
  readRecords,
  serialise,
  toJson,
  toMarkdown,
  toNdjson,
  toNinjs,
  toYaml,
} from "./formats/index.js";
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
export { loadSchema, validateRecord } from "./schema.js";
