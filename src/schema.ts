/**
 * The published JSON Schema (schema/dispatch.schema.json, draft 2020-12) and a validator for it.
 *
 * Ajv is slow to load, so it is required on the first validation only, and the compiled validator is kept
 * for the life of the process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";

/** The schema file, found relative to this module: both src/ and dist/ sit one level under the package root. */
export const SCHEMA_URL: URL = new URL("../schema/dispatch.schema.json", import.meta.url);

export interface SchemaError {
  /** JSON Pointer to the offending value ("/quotes/0/kind"); "" for the record itself. */
  path: string;
  message: string;
}

export interface Validation {
  valid: boolean;
  errors: SchemaError[];
}

/** The JSON Schema of a Dispatch record, freshly read (callers may change their copy). */
export function loadSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as Record<string, unknown>;
}

type AjvConstructor = new (
  options: Record<string, unknown>,
) => {
  compile(schema: object): ValidateFunction;
};

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (validator) return validator;
  const required = createRequire(import.meta.url)("ajv/dist/2020") as
    | AjvConstructor
    | { default: AjvConstructor };
  const Ajv2020 = "default" in required ? required.default : required;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  validator = ajv.compile(loadSchema());
  return validator;
}

/** Checks a value (typically a parsed record) against the schema; lists every problem found. */
export function validateRecord(value: unknown): Validation {
  const validate = compiled();
  if (validate(value)) return { valid: true, errors: [] };
  return { valid: false, errors: describe(validate.errors ?? []) };
}

/**
 * Ajv's errors, said plainly. A nullable object is `anyOf: [object, null]`, for which Ajv reports the
 * object's problems, "must be null" and "must match a schema in anyOf": the last two are noise, except
 * that "must be object" becomes "must be object or null".
 */
function describe(errors: readonly ErrorObject[]): SchemaError[] {
  const nullable = new Set<string>();
  for (const error of errors) {
    if (error.keyword === "type" && error.params.type === "null") nullable.add(error.instancePath);
  }
  const out: SchemaError[] = [];
  for (const error of errors) {
    if (error.keyword === "anyOf" || (error.keyword === "type" && error.params.type === "null")) continue;
    out.push({ path: error.instancePath, message: message(error, nullable.has(error.instancePath)) });
  }
  return out;
}

function message(error: ErrorObject, orNull: boolean): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown property "${String(params.additionalProperty)}"`;
    case "required":
      return `missing property "${String(params.missingProperty)}"`;
    case "type":
      return `must be ${[...String(params.type).split(","), ...(orNull ? ["null"] : [])].join(" or ")}`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "pattern":
      return `must match ${String(params.pattern)}`;
    default:
      return error.message ?? error.keyword;
  }
}
