/** A conversion worker: takes tasks from the pool, converts one file at a time, answers each. */
import { type ConvertSettings, type ConvertTask, convertFile } from "./convert-file.js";
import { serve } from "./pool.js";
import { TreeWriter } from "./write.js";

serve<ConvertSettings, ConvertTask, ReturnType<typeof convertFile>>((settings) => {
  const writer = settings.outDir === null ? null : new TreeWriter(settings.outDir);
  return (task) => convertFile(task, settings, writer);
});
