import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { run } from "../helpers/cli.js";
import { plant, scratch, story } from "./stories.js";

/** Every file below a folder, relative, sorted; the manifest folder left out. */
function tree(root: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === ".dispatch") continue;
    if (entry.isDirectory()) out.push(...tree(root, rel));
    else out.push(rel);
  }
  return out.sort();
}

const frontMatter = (md: string) => parseYaml(md.split("\n---\n")[0]?.replace(/^---\n/, "") ?? "");
const ndjson = (text: string) =>
  text
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe("dispatch convert: what it converts", () => {
  it("mirrors the tree of a glob pattern into the output folder, in the chosen format", async () => {
    const dir = scratch();
    plant(join(dir, "scraped"), {
      "a/b.txt": story(1),
      "a/c/d.txt": story(2),
      "e.txt": story(3),
      "f.jpg": "x",
    });
    const { code, stderr } = await run(
      ["convert", "scraped/**/*.txt", "--out-dir", "archive", "--format", "md", "--jobs", "2"],
      { cwd: dir },
    );
    expect(code, stderr).toBe(0);
    expect(tree(join(dir, "archive"))).toEqual(["a/b.md", "a/c/d.md", "e.md"]);
    const front = frontMatter(readFileSync(join(dir, "archive/a/b.md"), "utf8"));
    expect(front.headline).toBe("Talks on water rights resume, round 1");
    expect(front.origin.path).toBe("scraped/a/b.txt");
    expect(stderr).toMatch(/^dispatch convert: 3 converted, 0 unchanged, 0 skipped, 0 failed in [\d.]+ s/m);
  });

  it("takes a folder for the text files below it, leaving out hidden files and node_modules unless asked", async () => {
    const dir = scratch();
    plant(join(dir, "scraped"), {
      "one.txt": story(1),
      "two.text": story(2),
      "photo.png": "not text",
      ".cache/hidden.txt": story(3),
      ".dot.txt": story(4),
      "node_modules/pkg/readme.txt": story(5),
    });
    expect((await run(["convert", "--jobs", "1", "scraped", "--out-dir", "out"], { cwd: dir })).code).toBe(0);
    expect(tree(join(dir, "out"))).toEqual(["one.json", "two.json"]);
    const all = await run(
      ["convert", "--jobs", "1", "scraped", "--out-dir", "all", "--hidden", "--node-modules"],
      {
        cwd: dir,
      },
    );
    expect(all.code).toBe(0);
    expect(tree(join(dir, "all"))).toEqual([
      ".cache/hidden.json",
      ".dot.json",
      "node_modules/pkg/readme.json",
      "one.json",
      "two.json",
    ]);
  });

  it("reads a list of files from standard input, newline- or NUL-separated", async () => {
    const dir = scratch();
    const names = [
      "plain.txt",
      "with space.txt",
      'quote\'s "here".txt',
      "Новости 東京.txt",
      "line\nbreak.txt",
    ];
    plant(join(dir, "s"), Object.fromEntries(names.map((name, i) => [name, story(i)])));
    const list = names
      .slice(0, 4)
      .map((name) => `s/${name}\n`)
      .join("");
    const listed = await run(["convert", "--jobs", "1", "--files-from", "-", "--out-dir", "out"], {
      cwd: dir,
      stdin: list,
    });
    expect(listed.code, listed.stderr).toBe(0);
    expect(tree(join(dir, "out/s"))).toEqual(
      names
        .slice(0, 4)
        .map((name) => name.replace(/\.txt$/, ".json"))
        .sort(),
    );

    const nul = names.map((name) => `s/${name}\0`).join("");
    const zero = await run(["convert", "--jobs", "1", "--files-from", "-", "-0", "--out-dir", "out0"], {
      cwd: dir,
      stdin: nul,
    });
    expect(zero.code, zero.stderr).toBe(0);
    expect(tree(join(dir, "out0/s"))).toEqual(names.map((name) => name.replace(/\.txt$/, ".json")).sort());
    const record = JSON.parse(readFileSync(join(dir, "out0/s/line\nbreak.json"), "utf8"));
    expect(record.origin.path).toBe("s/line\nbreak.txt");
  });

  it("writes one NDJSON stream to stdout in input order, whatever order the workers finish in", async () => {
    const dir = scratch();
    const files: Record<string, string> = {};
    // Uneven sizes make workers finish out of order: some stories run to many more paragraphs.
    const padding = "Delegates worked through the annexes line by line, an official said.\n\n";
    for (let i = 0; i < 60; i++)
      files[`s/${String(i).padStart(2, "0")}.txt`] = story(i) + padding.repeat(i % 7 === 0 ? 400 : 1);
    plant(dir, files);
    const { code, stdout, stderr } = await run(["convert", "s", "--jobs", "2"], { cwd: dir });
    expect(code, stderr).toBe(0);
    const paths = ndjson(stdout).map((record) => record.origin.path);
    expect(paths).toEqual(Object.keys(files));
    const unordered = await run(["convert", "s", "--jobs", "2", "--unordered"], { cwd: dir });
    expect(
      ndjson(unordered.stdout)
        .map((record) => record.origin.path)
        .sort(),
    ).toEqual(Object.keys(files));
  });
});

describe("dispatch convert: safety", () => {
  it("refuses an output folder inside the input tree when the inputs take its extension", async () => {
    const dir = scratch();
    plant(join(dir, "scraped"), { "a.md": story(1), "b.txt": story(2) });
    const same = await run(
      ["convert", "--jobs", "1", "scraped/**/*.md", "--out-dir", "scraped", "--format", "md"],
      {
        cwd: dir,
      },
    );
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(
      /output folder scraped is inside the input scraped\/\*\*\/\*\.md, which takes \.md files/,
    );
    const inside = await run(
      ["convert", "--jobs", "1", "scraped/**", "--out-dir", "scraped/archive", "--format", "md"],
      {
        cwd: dir,
      },
    );
    expect(inside.code).toBe(2);
    expect(readFileSync(join(dir, "scraped/a.md"), "utf8")).toBe(story(1));
    // Another extension is fine, and the outputs are never read back as inputs.
    for (let pass = 0; pass < 2; pass++) {
      const other = await run(
        ["convert", "--jobs", "1", "scraped", "--out-dir", "scraped/archive", "--format", "md"],
        {
          cwd: dir,
        },
      );
      expect(other.code, other.stderr).toBe(0);
    }
    expect(tree(join(dir, "scraped/archive"))).toEqual(["b.md"]);
  });

  it("never writes over an input listed from inside the output folder", async () => {
    const dir = scratch();
    plant(dir, { "out/old.json": "{}", "in/a.txt": story(1) });
    const { code, stderr } = await run(
      ["convert", "--jobs", "1", "--files-from", "-", "--out-dir", "out", "-v"],
      {
        cwd: dir,
        stdin: "out/old.json\nin/a.txt\n",
      },
    );
    expect(code).toBe(0);
    expect(stderr).toContain("out/old.json: skipped: is inside the output folder");
    expect(readFileSync(join(dir, "out/old.json"), "utf8")).toBe("{}");
  });

  it("reports a bad file with its reason, converts the rest, exits 1 and writes --report", async () => {
    const dir = scratch();
    plant(join(dir, "s"), {
      "a.txt": story(1),
      "b.txt": Buffer.from([0, 1, 2, 3]),
      "c.txt": "",
      "d.txt": story(4),
    });
    const { code, stderr } = await run(
      ["convert", "--jobs", "1", "s", "--out-dir", "out", "--report", "report.json"],
      {
        cwd: dir,
      },
    );
    expect(code).toBe(1);
    expect(stderr).toContain("s/b.txt: error: input looks binary");
    expect(stderr).toContain("s/c.txt: error: input is empty");
    expect(tree(join(dir, "out"))).toEqual(["a.json", "d.json"]);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.files.map((f: { input: string; status: string }) => [f.input, f.status])).toEqual([
      ["s/a.txt", "converted"],
      ["s/b.txt", "failed"],
      ["s/c.txt", "failed"],
      ["s/d.txt", "converted"],
    ]);
    expect(report.files[1]).toMatchObject({ output: "out/b.json", code: "BINARY" });
    expect(report.summary).toMatchObject({ converted: 2, failed: 2, unchanged: 0 });
  });

  it("reports a symbolic link loop and a broken link without stopping", async () => {
    const dir = scratch();
    plant(join(dir, "s"), { "a/x.txt": story(1) });
    symlinkSync("..", join(dir, "s/a/loop"));
    symlinkSync("nowhere.txt", join(dir, "s/broken.txt"));
    const { code, stderr } = await run(["convert", "--jobs", "1", "s", "--out-dir", "out", "-v"], {
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stderr).toContain("s/broken.txt: error: broken symbolic link");
    expect(stderr).toMatch(/s\/a\/loop: skipped: symbolic link to a folder already listed/);
    expect(tree(join(dir, "out"))).toEqual(["a/x.json"]);
  });

  it("fails the second of two inputs that would share an output", async () => {
    const dir = scratch();
    plant(join(dir, "s"), { "a.txt": story(1), "a.text": story(2) });
    const { code, stderr } = await run(["convert", "--jobs", "1", "s", "--out-dir", "out"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/s\/a\.txt: error: would be written to out\/a\.json, like s\/a\.text/);
  });

  it("says what is wrong with the command line, exit 2", async () => {
    const dir = scratch();
    expect((await run(["convert"], { cwd: dir })).code).toBe(2);
    const md = await run(["convert", "--jobs", "1", "x", "--format", "md"], { cwd: dir });
    expect(md.code).toBe(2);
    expect(md.stderr).toMatch(/without --out-dir, records go to standard output as NDJSON only/);
    expect((await run(["convert", "--jobs", "1", "x", "--shard", "9/8"], { cwd: dir })).code).toBe(2);
    const missing = await run(["convert", "--jobs", "1", "nope", "'none/**/*.txt'"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope: error: no such file or folder");
  });
});

describe("dispatch convert: incremental runs", () => {
  it("skips unchanged inputs, redoes changed ones, --force redoes all, reports and prunes orphans", async () => {
    const dir = scratch();
    plant(join(dir, "s"), { "a.txt": story(1), "b.txt": story(2), "c/d.txt": story(3) });
    const convert = (...extra: string[]) =>
      run(["convert", "s", "--out-dir", "out", "--jobs", "1", ...extra], { cwd: dir });
    expect((await convert()).stderr).toMatch(/3 converted, 0 unchanged/);
    expect((await convert()).stderr).toMatch(/0 converted, 3 unchanged/);
    writeFileSync(join(dir, "s/b.txt"), story(20));
    expect((await convert()).stderr).toMatch(/1 converted, 2 unchanged/);
    expect(JSON.parse(readFileSync(join(dir, "out/b.json"), "utf8")).headline).toContain("round 20");
    rmSync(join(dir, "out/a.json"));
    expect((await convert()).stderr).toMatch(/1 converted, 2 unchanged/);
    expect((await convert("--force")).stderr).toMatch(/3 converted, 0 unchanged/);
    // Another format is another output: converted, not taken for unchanged.
    expect((await convert("--format", "yaml")).stderr).toMatch(/3 converted/);

    unlinkSync(join(dir, "s/c/d.txt"));
    const orphan = await convert();
    expect(orphan.code).toBe(0);
    expect(orphan.stderr).toContain(
      "out/c/d.json: warning: its input s/c/d.txt is gone (--prune removes it)",
    );
    expect(existsSync(join(dir, "out/c/d.json"))).toBe(true);
    const pruned = await convert("--prune");
    // The YAML output made from the same input goes too.
    expect(pruned.stderr).toMatch(/2 pruned/);
    expect(existsSync(join(dir, "out/c/d.json"))).toBe(false);
    expect(existsSync(join(dir, "out/c/d.yaml"))).toBe(false);
    expect((await convert()).stderr).not.toContain("gone");
  });

  it("keeps one manifest line an output, and recovers from a last line cut short by a crash", async () => {
    const dir = scratch();
    plant(join(dir, "s"), { "a.txt": story(1), "b.txt": story(2), "c/d.txt": story(3) });
    const convert = () => run(["convert", "s", "--out-dir", "out", "--jobs", "1"], { cwd: dir });
    const manifest = join(dir, "out/.dispatch/manifest.ndjson");
    const outs = () => ndjson(readFileSync(manifest, "utf8")).map((entry) => entry.out);
    await convert();
    expect(outs()).toEqual(["a.json", "b.json", "c/d.json"]);
    // A run killed while appending leaves half a line; the next one reads the rest and starts a fresh line.
    const whole = readFileSync(manifest, "utf8");
    const [first, second, third] = whole.split("\n");
    writeFileSync(manifest, `${first}\n${third}\n${second?.slice(0, 40)}`);
    expect((await convert()).stderr).toMatch(/1 converted, 2 unchanged/);
    expect(outs()).toEqual(["a.json", "c/d.json", "b.json"]);
    const entry = ndjson(readFileSync(manifest, "utf8"))[2];
    expect(entry).toMatchObject({
      out: "b.json",
      rel: "b.txt",
      in: "../s/b.txt",
      size: Buffer.byteLength(story(2)),
    });
    expect((await convert()).stderr).toMatch(/0 converted, 3 unchanged/);
  });

  it("does not take inputs left out of this run's pattern for gone", async () => {
    const dir = scratch();
    plant(join(dir, "s"), { "a/x.txt": story(1), "b/y.txt": story(2) });
    expect((await run(["convert", "--jobs", "1", "s/**/*.txt", "--out-dir", "out"], { cwd: dir })).code).toBe(
      0,
    );
    const partial = await run(
      ["convert", "--jobs", "1", "s/a/*.txt", "--out-dir", "out", "--base", "s", "--prune"],
      {
        cwd: dir,
      },
    );
    expect(partial.stderr).toMatch(/0 converted, 1 unchanged/);
    expect(tree(join(dir, "out"))).toEqual(["a/x.json", "b/y.json"]);
  });
});

describe("dispatch convert --shard", () => {
  it("splits the files into disjoint shares that together are all of them", async () => {
    const dir = scratch();
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`s/${i % 3}/${i}.txt`] = story(i);
    plant(dir, files);
    const shares: string[][] = [];
    for (const k of [1, 2, 3]) {
      const { code, stdout } = await run(["convert", "s", "--shard", `${k}/3`, "--jobs", "1"], { cwd: dir });
      expect(code).toBe(0);
      shares.push(ndjson(stdout).map((record) => record.origin.path));
      // Shares of one output folder keep their own manifests, side by side.
      expect(
        (await run(["convert", "--jobs", "1", "s", "--shard", `${k}/3`, "--out-dir", "out"], { cwd: dir }))
          .code,
      ).toBe(0);
    }
    const all = shares.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Object.keys(files).sort());
    for (const share of shares) expect(share.length).toBeGreaterThan(0);
    expect(tree(join(dir, "out"))).toHaveLength(30);
    expect(readdirSync(join(dir, "out/.dispatch")).sort()).toEqual([
      "manifest.1-of-3.ndjson",
      "manifest.2-of-3.ndjson",
      "manifest.3-of-3.ndjson",
    ]);
    // An unsharded run afterwards finds everything done.
    const whole = await run(["convert", "--jobs", "1", "s", "--out-dir", "out"], { cwd: dir });
    expect(whole.stderr).toMatch(/0 converted, 30 unchanged/);
    expect(readdirSync(join(dir, "out/.dispatch"))).toEqual(["manifest.ndjson"]);
  });
});

describe("dispatch convert: progress", () => {
  it("draws progress only on a terminal; --quiet leaves only failures", async () => {
    const dir = scratch();
    plant(join(dir, "s"), { "a.txt": story(1), "b.txt": story(2) });
    const tty = await run(["convert", "--jobs", "1", "s", "--out-dir", "o1"], { cwd: dir, stderrTTY: true });
    expect(tty.stderr).toMatch(/files\/s/);
    const pipe = await run(["convert", "--jobs", "1", "s", "--out-dir", "o2"], { cwd: dir });
    expect(pipe.stderr.trim().split("\n")).toHaveLength(1);
    expect(
      (await run(["convert", "--jobs", "1", "s", "--out-dir", "o3", "-q"], { cwd: dir, stderrTTY: true }))
        .stderr,
    ).toBe("");
  });
});
