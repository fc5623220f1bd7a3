import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";

const page = [
  "Dam talks resume",
  "CAIRO (AFP) - Egypt and Ethiopia resumed talks on Sunday, officials said.",
  "",
  "Rate cut expected",
  "WARSAW, June 14 (Reuters) - Poland's central bank is expected to cut rates, economists said.",
].join("\n");

describe("dispatch parse on a page of several dispatches", () => {
  it("prints a JSON array with one record per dispatch", async () => {
    const { code, stdout } = await run(["parse", "-"], { stdin: page });
    expect(code).toBe(0);
    const records = JSON.parse(stdout);
    expect(records.map((r: { source: { code: string } }) => r.source.code)).toEqual(["AFP", "Reuters"]);
  });

  it("prints one NDJSON line and one YAML document per dispatch", async () => {
    const ndjson = await run(["parse", "--format", "ndjson", "-"], { stdin: page });
    expect(ndjson.stdout.trim().split("\n")).toHaveLength(2);
    const yaml = await run(["parse", "--format", "yaml", "-"], { stdin: page });
    expect(yaml.stdout.match(/^headline: /gm)).toHaveLength(2);
  });
});
