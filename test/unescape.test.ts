import { describe, expect, it } from "vitest";
import { parseDispatch } from "../src/index.js";
import { unescapeLayers } from "../src/unescape.js";

const codes = (text: string) => unescapeLayers(text).diagnostics.map((d) => d.code);

describe("unescapeLayers", () => {
  it("undoes one layer of backslash escapes from a JSON dump, once", () => {
    const { text, diagnostics } = unescapeLayers(
      String.raw`Talks fail\n\nGENEVA (Reuters) - \"No deal,\" he said.\nA path: C:\\data\n`,
    );
    expect(text).toBe('Talks fail\n\nGENEVA (Reuters) - "No deal," he said.\nA path: C:\\data\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "unescaped-backslashes", severity: "info", line: null }),
    ]);
  });

  it("reads \\u escapes", () => {
    expect(unescapeLayers(String.raw`Caf\u00e9 talks\n\nEnd \u2014 said.\n`).text).toBe(
      "Café talks\n\nEnd — said.\n",
    );
  });

  it("leaves a story with a stray backslash or a Windows path alone", () => {
    expect(codes(String.raw`The file sat in C:\Users\press\notes on the desk.`)).toEqual([]);
    expect(codes(String.raw`He typed \n once.`)).toEqual([]);
  });

  it("undoes SQL's doubled apostrophes only when every apostrophe in a word is doubled", () => {
    expect(unescapeLayers("Korea''s chief said it doesn''t matter.").text).toBe(
      "Korea's chief said it doesn't matter.",
    );
    expect(codes("Korea''s chief said it doesn't matter.")).toEqual([]);
    expect(codes("She wrote ''maybe'' in the margin.")).toEqual([]);
  });

  it("undoes a second layer of HTML entities and leaves the first to normalise", () => {
    const { text, diagnostics } = unescapeLayers("the mayor&amp;#39;s office &amp;mdash; and AT&amp;T");
    expect(text).toBe("the mayor&#39;s office &mdash; and AT&amp;T");
    expect(diagnostics.map((d) => d.code)).toEqual(["unescaped-entities", "html-entities"]);
    expect(codes("Tom &amp; Jerry &mdash; a story")).toEqual(["html-entities"]);
    expect(codes("Tom & Jerry &nosuch; a story")).toEqual([]);
  });

  it("records the layer it undid in every record's diagnostics", () => {
    const { records } = parseDispatch(
      String.raw`Chile passes reform\n\nSANTIAGO, Jan 28 (Reuters) - Congress voted.\n`,
    );
    expect(records[0]?.headline).toBe("Chile passes reform");
    expect(records[0]?.dateline?.text).toBe("SANTIAGO, Jan 28 (Reuters)");
    expect(records[0]?.diagnostics.map((d) => d.code)).toContain("unescaped-backslashes");
  });
});
