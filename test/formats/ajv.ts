import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";

type Ajv2020 = new (options: Record<string, unknown>) => { compile(schema: object): ValidateFunction };

/** A draft 2020-12 validator for a schema, strict, not checking `format` (tests check those by hand). */
export function compile2020(schema: object): ValidateFunction {
  const loaded = createRequire(import.meta.url)("ajv/dist/2020") as Ajv2020 | { default: Ajv2020 };
  const Ajv = "default" in loaded ? loaded.default : loaded;
  return new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).compile(
    schema,
  );
}
