import { afterAll } from "vitest";
import { removeScratchDirs } from "./helpers/scratch.js";

afterAll(removeScratchDirs);
