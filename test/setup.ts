import fc from "fast-check";
import { afterAll } from "vitest";
import { removeScratchDirs } from "./helpers/scratch.js";

afterAll(removeScratchDirs);

// A property that failed prints its seed and path: PROPERTY_SEED=… PROPERTY_PATH=… replays that case.
if (process.env.PROPERTY_SEED) {
  fc.configureGlobal({
    seed: Number(process.env.PROPERTY_SEED),
    ...(process.env.PROPERTY_PATH ? { path: process.env.PROPERTY_PATH } : {}),
  });
}
