import { describe, expect, it } from "vitest";
import { parseDispatch } from "../src/parse.js";

const parse = (text: string) => parseDispatch(text, { keepRemoved: true }).records[0];

describe("a byline after the dateline on its line", () => {
  it("gives the name, and keeps what the byline says beyond it for the audit", () => {
    const record = parse("Beijing, Sept 3 (AFP) By Jane Doe and John Smith in Paris\n");
    expect(record?.byline).toBe("Jane Doe and John Smith");
    expect(record?.removed).toEqual([
      { rule: "byline", text: "By Jane Doe and John Smith in Paris", line: 1, column: 23 },
    ]);
  });

  it("keeps nothing more when the byline is the name alone", () => {
    const record = parse("PARIS, France | AFP | by Jane Doe | The talks went well, officials said.\n");
    expect(record?.byline).toBe("Jane Doe");
    expect(record?.removed).toEqual([]);
    expect(record?.body).toEqual(["The talks went well, officials said."]);
  });
});

describe("a second byline in the header", () => {
  it("goes whole to the audit when one above it glued to the headline meets a byline line under it", () => {
    const record = parse(
      "Talks end in Beijing Reporting by Jane Doe; Editing by John Smith\nBy Jane Doe\nBEIJING, Sept 3 (AFP) - The talks ended on Wednesday.\n",
    );
    expect(record?.byline).toBe("Jane Doe");
    expect(record?.headline).toBe("Talks end in Beijing Reporting by Jane Doe; Editing");
    expect(record?.removed).toContainEqual({ rule: "byline", text: "by John Smith", line: 1, column: 53 });
  });

  it("goes whole to the audit when the dateline's line holds one before and one after the place", () => {
    const record = parse(
      "Talks end By Jane Doe BEIJING, Sept 3 (AFP) By John Smith in Paris | The talks ended.\n",
    );
    expect(record?.byline).toBe("Jane Doe");
    expect(record?.removed).toContainEqual({
      rule: "byline",
      text: "By John Smith in Paris",
      line: 1,
      column: 45,
    });
  });
});

describe("a byline glued before the place on the dateline's line", () => {
  const cases: [string, string, string, string][] = [
    ["By Jane Doe BEIJING, Sept 3 (AFP) - Talks ended.", "Jane Doe", "BEIJING, Sept 3 (AFP)", "Beijing"],
    [
      "By Jane Doe KRAMATORSK, Ukraine, Sept 3 (AFP) - Shelling went on.",
      "Jane Doe",
      "KRAMATORSK, Ukraine, Sept 3 (AFP)",
      "Kramatorsk, Ukraine",
    ],
    [
      "By Jane Doe SAN JOSE, Costa Rica (AFP) - Rain went on.",
      "Jane Doe",
      "SAN JOSE, Costa Rica (AFP)",
      "San Jose, Costa Rica",
    ],
    [
      "By Jane Doe and John Smith Smalltown, Texas, Sept 3 (AFP) - Rain went on.",
      "Jane Doe and John Smith",
      "Smalltown, Texas, Sept 3 (AFP)",
      "Smalltown, Texas",
    ],
  ];
  for (const [line, byline, dateline, place] of cases) {
    it(`is the byline, not part of the place: ${line}`, () => {
      const record = parse(`Strikes go on\n${line}\n`);
      expect(record?.headline).toBe("Strikes go on");
      expect(record?.byline).toBe(byline);
      expect(record?.dateline).toEqual({ text: dateline, place });
    });
  }
});

describe("AP's desk line run into the byline", () => {
  const lines: [string, string][] = [
    ["By JANE DOE Associated Press", "JANE DOE"],
    ["By JANE DOE and JOHN ROE Associated Press", "JANE DOE and JOHN ROE"],
    ["By JANE DOE AP Sports Writer", "JANE DOE"],
    ["By JANE DOE For The Associated Press", "JANE DOE"],
  ];
  for (const [line, byline] of lines) {
    it(`names the reporters, and keeps the line for the audit: ${line}`, () => {
      const record = parse(
        `Fire season starts early\n${line}\nSACRAMENTO, Calif. (AP) — Crews battled a blaze.\n`,
      );
      expect(record?.byline).toBe(byline);
      expect(record?.removed).toEqual([{ rule: "byline", text: line, line: 2, column: 1 }]);
    });
  }

  it("is split off a headline it was run into", () => {
    const record = parse(
      "Fire season starts early By JANE DOE Associated Press SACRAMENTO, Calif. (AP) — Crews battled a blaze.\n",
    );
    expect(record?.headline).toBe("Fire season starts early");
    expect(record?.byline).toBe("JANE DOE");
    expect(record?.dateline?.text).toBe("SACRAMENTO, Calif. (AP)");
    expect(record?.removed).toEqual([
      { rule: "byline", text: "By JANE DOE Associated Press", line: 1, column: 26 },
    ]);
  });
});

describe("a meta line that names the writer before the agency's pipe", () => {
  it("is the byline, the agency and the page date, not a dateline with the writer as its place", () => {
    const records = parseDispatch(
      "Monsoon floods Mumbai\nJane Doe | AFP | Published 3 Sept 2025\nMUMBAI - Heavy rain lashed the city.\n",
      { keepRemoved: true },
    ).records;
    expect(records).toHaveLength(1);
    const record = records[0];
    expect(record?.headline).toBe("Monsoon floods Mumbai");
    expect(record?.byline).toBe("Jane Doe");
    expect(record?.source?.code).toBe("AFP");
    expect(record?.date).toBe("2025-09-03");
    expect(record?.dateline).toEqual({ text: "MUMBAI", place: "Mumbai" });
  });

  it("leaves a piped dateline with a byline after it as it was", () => {
    const record = parse("PARIS, France | AFP | by Jane Doe | The talks went well, officials said.\n");
    expect(record?.dateline).toEqual({ text: "PARIS, France | AFP", place: "Paris, France" });
  });
});

describe("a headline printed twice on one line", () => {
  it("keeps one copy and gives the other to the audit", () => {
    const record = parse(
      "Kim meets Putin Kim meets Putin\nBEIJING (AFP) - The two leaders met on Wednesday.\n",
    );
    expect(record?.headline).toBe("Kim meets Putin");
    expect(record?.removed).toEqual([
      { rule: "repeated-headline", text: "Kim meets Putin", line: 1, column: 17 },
    ]);
  });
});

describe("a byline run into a headline with no dateline under it", () => {
  it("names the reporter and keeps the desk line for the audit", () => {
    const record = parse(
      "Fire season starts early By JANE DOE Associated Press\nCrews battled a blaze on Tuesday, officials said.\n",
    );
    expect(record?.headline).toBe("Fire season starts early");
    expect(record?.byline).toBe("JANE DOE");
    expect(record?.removed).toEqual([
      { rule: "byline", text: "By JANE DOE Associated Press", line: 1, column: 26 },
    ]);
  });
});
