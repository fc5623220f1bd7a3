import { Command, CommanderError } from "commander";
import { isInputError } from "../errors.js";
import { VERSION } from "../version.js";
import { registerCheck } from "./check.js";
import { registerConvert } from "./convert.js";
import { BrokenPipe, type CliContext, EXIT, UsageError } from "./io.js";
import { registerParse } from "./parse.js";
import { registerSchema } from "./schema.js";

export type { CliContext } from "./io.js";

/** A command adds itself to the program; its action returns the exit code. */
export type Register = (program: Command, ctx: CliContext, done: (code: number) => void) => void;

const COMMANDS: Register[] = [registerParse, registerConvert, registerCheck, registerSchema];

/**
 * The whole CLI as a function of its context, returning the exit code: 0 success, 1 some input failed,
 * 2 usage error. Nothing here touches `process`, so tests run it in-process.
 */
export async function main(ctx: CliContext): Promise<number> {
  let code: number = EXIT.ok;
  // A reader that goes away (`| head -1`) surfaces as EPIPE in writeOut; without a listener the stream's
  // own error event would crash the process with a stack trace.
  ctx.stdout.on?.("error", () => {});
  const program = new Command("dispatch")
    .description("Turn raw scraped news dispatches into clean, structured records.")
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });
  for (const register of COMMANDS) {
    register(program, ctx, (result) => {
      code = result;
    });
  }
  try {
    if (ctx.argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    await program.parseAsync(ctx.argv, { from: "user" });
    return code;
  } catch (error) {
    return handle(error, ctx);
  }
}

function handle(error: unknown, ctx: CliContext): number {
  if (error instanceof BrokenPipe) return EXIT.ok;
  if (error instanceof CommanderError) {
    // Commander exits 1 on usage errors; here 1 means "some input failed", so usage errors are 2.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
    if (error.code === "commander.help") return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    ctx.stderr.write(`dispatch: ${error.message}\n`);
    return EXIT.usage;
  }
  if (isInputError(error)) {
    ctx.stderr.write(`dispatch: ${error.path ? `${error.path}: ` : ""}${error.message}\n`);
    return EXIT.failed;
  }
  // Anything else is a bug in this tool: say so, with the stack, so it can be reported.
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  ctx.stderr.write(`dispatch: internal error (please report it): ${stack}\n`);
  return 70;
}
