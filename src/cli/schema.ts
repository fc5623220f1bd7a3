import { readFile } from "node:fs/promises";
import { writeOut } from "./io.js";
import type { Register } from "./main.js";

export const registerSchema: Register = (program, ctx, done) => {
  program
    .command("schema")
    .description("print the JSON Schema (2020-12) of the records this tool writes")
    .action(async () => {
      const schema = await readFile(new URL("../../schema/dispatch.schema.json", import.meta.url), "utf8");
      await writeOut(ctx.stdout, schema.endsWith("\n") ? schema : `${schema}\n`);
      done(0);
    });
};
