import { describe, expect, it } from "vitest";
import { parseDispatch } from "../src/index.js";
import { splitPages } from "../src/pages.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ line: i + 1, text: t }));
const firstLines = (text: string) =>
  splitPages(lines(text)).map((part) => part.find((l) => l.text.trim() !== "")?.text);

describe("splitPages", () => {
  it("splits a digest at each later dateline, taking its headline and page date along", () => {
    const page = [
      "Dam talks resume",
      "CAIRO (AFP) - Egypt and Ethiopia resumed talks on Sunday.",
      "Officials said little.",
      "",
      "Rate cut expected",
      "Published June 14, 2025",
      "WARSAW, June 14 (Reuters) - Poland's central bank is expected to cut rates.",
    ].join("\n");
    expect(firstLines(page)).toEqual(["Dam talks resume", "Rate cut expected"]);
  });

  it("splits briefs that are one line each", () => {
    const page = [
      "NAIROBI, March 18 (Xinhua) -- Kenya cut rates on Tuesday.",
      "CAIRO, March 18 (Xinhua) -- Egypt counted more tourists.",
    ].join("\n");
    expect(splitPages(lines(page))).toHaveLength(2);
  });

  it("splits a listing without datelines at each headline that carries its date", () => {
    const page = [
      "AFP Top News",
      "Vet raises orphaned elephantsWed, 30 Jul 2025 05:05:19 GMT",
      "A vet has spent two decades nursing calves …",
      "Protests spreadTue, 29 Jul 2025 20:34:14 GMT",
      "At least five people were killed …",
      "Rate held",
      "Published July 29, 2025",
      "The central bank held its key rate.",
    ].join("\n");
    expect(firstLines(page)).toEqual([
      "AFP Top News",
      "Protests spreadTue, 29 Jul 2025 20:34:14 GMT",
      "Rate held",
    ]);
  });

  it("does not open a dispatch at a page date that closes a story", () => {
    const story = ["Rate held", "The central bank held its key rate.", "Published July 29, 2025"].join("\n");
    expect(splitPages(lines(story))).toHaveLength(1);
  });

  it("keeps a headline and page date with their dateline across a leftover button or caption", () => {
    for (const leftover of [
      "Partager",
      "Researchers tow radar equipment across the ice. Courtesy of a university",
    ]) {
      const story = [
        "Growers pull up vines",
        "Publié le 16/09/2025 à 18h05",
        leftover,
        "Bordeaux, 16 sept 2025 (AFP) - Les vendanges ont commencé mardi.",
        "La suite de l'article.",
      ].join("\n");
      expect(splitPages(lines(story))).toHaveLength(1);
    }
  });

  it("still splits after a dated header whose story has begun before the next dateline", () => {
    const page = [
      "Rate held",
      "Published July 29, 2025",
      "The central bank held its key rate.",
      "",
      "Dam talks resume",
      "CAIRO (AFP) - Egypt and Ethiopia resumed talks on Sunday.",
    ].join("\n");
    expect(firstLines(page)).toEqual(["Rate held", "Dam talks resume"]);
  });

  it("keeps one story whole when a later paragraph merely mentions an agency or a place", () => {
    const story = [
      "Storm hits coast",
      "MIAMI (AP) — A storm hit Florida on Monday.",
      'The governor told AFP (AFP) reporters in Tallahassee, "We are ready."',
      "Officials in Washington said aid would follow. The Senate agreed. WASHINGTON (AP) reported it first.",
    ].join("\n");
    expect(splitPages(lines(story))).toHaveLength(1);
  });
});

describe("parseDispatch on a page of several dispatches", () => {
  it("returns one record per dispatch, each with its own dateline, agency and debris", () => {
    const { records } = parseDispatch(
      [
        "Dam talks resume",
        "CAIRO (AFP) - Egypt and Ethiopia resumed talks on Sunday, officials said.",
        "Enditem",
        "",
        "Rate cut expected",
        "Published June 14, 2025",
        "WARSAW, June 14 (Reuters) - Poland's central bank is expected to cut rates, economists said.",
        "Reporting by Anna Nowak; Editing by Mark Potter",
      ].join("\n"),
      { keepRemoved: true },
    );
    expect(records.map((r) => [r.headline, r.source?.code, r.dateline?.place, r.date])).toEqual([
      ["Dam talks resume", "AFP", "Cairo", null],
      ["Rate cut expected", "Reuters", "Warsaw", "2025-06-14"],
    ]);
    expect(records[0]?.removed?.map((r) => r.rule)).toEqual(["end-mark"]);
    expect(records[1]?.credits).toEqual(["Reporting by Anna Nowak; Editing by Mark Potter"]);
    expect(records[0]?.credits).toEqual([]);
  });

  it("takes a page title over briefs without headlines for the page's, not the first brief's", () => {
    const { records } = parseDispatch(
      [
        "Asia briefs",
        "Updated 18 March 2025",
        "HANOI, March 18 (Xinhua) -- Vietnam's exports rose 9 percent, data showed.",
        "MANILA, March 18 (Xinhua) -- The Philippines opened a new port, officials said.",
      ].join("\n"),
    );
    expect(records.map((r) => [r.headline, r.date])).toEqual([
      [null, "2025-03-18"],
      [null, "2025-03-18"],
    ]);
  });

  it("keeps a real headline over the first of two briefs", () => {
    const { records } = parseDispatch(
      [
        "India, Japan agree to deepen chip cooperation",
        "Tokyo, Aug 29 (PTI) India and Japan on Friday agreed to deepen cooperation, officials said.",
        "PTI ABC DEF",
        "Tokyo, Aug 29 (PTI) Japan will invest 10 trillion yen in India, the governments said.",
      ].join("\n"),
    );
    expect(records.map((r) => r.headline)).toEqual(["India, Japan agree to deepen chip cooperation", null]);
  });
});
