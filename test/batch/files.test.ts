import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classify, type Listed, listFiles } from "../../src/batch/files.js";
import { scratchDir } from "../helpers/scratch.js";

function tree(folders: number, files: number): string {
  const root = scratchDir("walk");
  for (let f = 0; f < folders; f++) {
    const folder = join(root, "scraped", String(f).padStart(2, "0"));
    mkdirSync(folder, { recursive: true });
    for (let k = 0; k < files; k++) writeFileSync(join(folder, `${k}.txt`), "PARIS (AFP) - Text.");
  }
  return root;
}

async function* listing(root: string, readAhead?: number): AsyncGenerator<Listed> {
  const args = await classify(["scraped"], root);
  yield* listFiles({ args: ["scraped"], stdin: process.stdin }, args, join(root, "scraped"), {
    cwd: root,
    extensions: ["txt"],
    hidden: false,
    nodeModules: false,
    readAhead,
  });
}

describe("listing a folder", () => {
  it("reads folders only a little ahead of what has been taken, not the whole tree at once", async () => {
    const root = tree(20, 50);
    const seen: string[] = [];
    for await (const item of listing(root, 60)) {
      if (item.kind === "file") seen.push(item.rel);
      // A file that turns up in the last folder while the first is being converted (slowly): a walk that
      // had read the whole tree meanwhile would not list it.
      if (seen.length === 10) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        writeFileSync(join(root, "scraped", "19", "late.txt"), "Text.");
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(seen).toContain("19/late.txt");
    expect(seen).toHaveLength(1001);
  });

  it("lists every file, in order, when whole folders are filtered out", async () => {
    const root = tree(3, 2);
    for (let f = 0; f < 30; f++) {
      const folder = join(root, "scraped", `images-${String(f).padStart(2, "0")}`);
      mkdirSync(folder);
      for (let k = 0; k < 20; k++) writeFileSync(join(folder, `${k}.jpg`), "");
    }
    const seen: string[] = [];
    for await (const item of listing(root, 4)) if (item.kind === "file") seen.push(item.rel);
    expect(seen).toEqual(["00/0.txt", "00/1.txt", "01/0.txt", "01/1.txt", "02/0.txt", "02/1.txt"]);
  });
});
