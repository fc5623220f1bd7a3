import { describe, expect, it } from "vitest";
import {
  FORMATS,
  fileExtension,
  formatFromExtension,
  readRecords,
  resolveFormatName,
  serialise,
  toJson,
  toMarkdown,
  toNdjson,
  toNinjs,
  toYaml,
} from "../../src/formats/index.js";
import { reference } from "./helpers.js";

describe("format names", () => {
  it("resolves names and aliases, in any case", () => {
    for (const format of FORMATS) expect(resolveFormatName(format)).toBe(format);
    expect(resolveFormatName("jsonl")).toBe("ndjson");
    expect(resolveFormatName("YML")).toBe("yaml");
    expect(resolveFormatName(" Markdown ")).toBe("md");
    expect(resolveFormatName("xml")).toBeNull();
    expect(resolveFormatName("toString")).toBeNull();
    expect(resolveFormatName("")).toBeNull();
  });

  it("infers the format from a file extension", () => {
    const cases: Record<string, string | null> = {
      "out.json": "json",
      "out.ndjson": "ndjson",
      "a/b.JSONL": "ndjson",
      "story.yaml": "yaml",
      "story.yml": "yaml",
      "notes.md": "md",
      "notes.markdown": "md",
      "story.txt": null,
      "no-extension": null,
      ".md": null,
    };
    for (const [path, format] of Object.entries(cases)) expect(formatFromExtension(path), path).toBe(format);
  });

  it("gives each format an extension that infers it back (ninjs, being JSON, gives .json)", () => {
    for (const format of FORMATS) {
      const extension = fileExtension(format);
      expect(extension.startsWith(".")).toBe(true);
      expect(formatFromExtension(`x${extension}`)).toBe(format === "ninjs" ? "json" : format);
    }
  });
});

describe("serialise", () => {
  const record = reference();
  it("writes each format with its own function", () => {
    expect(serialise([record], "json", { pretty: false })).toBe(toJson([record], { pretty: false }));
    expect(serialise([record], "ndjson", { pretty: true })).toBe(toNdjson([record]));
    expect(serialise([record], "yaml", { pretty: true })).toBe(toYaml([record]));
    expect(serialise([record], "md", { pretty: true })).toBe(toMarkdown([record]));
    expect(serialise([record], "ninjs", { pretty: false })).toBe(toNinjs([record], { pretty: false }));
  });

  it("ends every output with a line break, and ninjs does not read back as records", () => {
    const empty = { ...record, headline: null, body: [] };
    for (const format of FORMATS) {
      for (const records of [[record], [record, record], [empty], [record, empty]]) {
        const text = serialise(records, format, { pretty: true });
        expect(text.endsWith("\n"), format).toBe(true);
        expect(text.endsWith("\n\n"), format).toBe(false);
      }
    }
    expect(readRecords(serialise([record], "ninjs", { pretty: true }))).toBeNull();
  });
});
