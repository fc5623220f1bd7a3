// Runs one benchmark section in a process of its own and prints its Markdown section on stdout. A section
// that ran before in the same process (its heap, its compiled code) slowed the next one's figures: the parse
// section ran at two thirds of its own speed after the check and convert sections.
import { pathToFileURL } from "node:url";

const [file, workdir, quick] = process.argv.slice(2);
const { run } = await import(pathToFileURL(file).href);
process.stdout.write(await run({ workdir, quick: quick === "quick" }));
