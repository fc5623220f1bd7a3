import { readFile } from "node:fs/promises";
import { SCHEMA_URL } from "../schema.js";
import { writeOut } from "./io.js";
import type { Register } from "./main.js";

export const registerSchema: Register = (program, ctx, done) => {
  program
    .command("schema")
    .description("print the JSON Schema (2020-12) of the records this tool writes")
    .action(async () => {
      const schema = await readFile(SCHEMA_URL, "utf8");
      await writeOut(ctx.stdout, schema.endsWith("\n") ? schema : `${schema}\n`);
      done(0);
    });
};
