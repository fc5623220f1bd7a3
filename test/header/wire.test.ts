import { describe, expect, it } from "vitest";
import { agencyIn, agencyLine, sectionAgency } from "../../src/header/agencies.js";
import { findBareDateline, findDateline, findPlaceLine } from "../../src/header/dateline.js";
import { readDate, slashReadings } from "../../src/header/dates.js";
import { cleanHeadline, splitSiteSuffix, splitSlug, themeLine } from "../../src/header/headline.js";
import { metaLine, pageDateLine, splitTrailingDate } from "../../src/header/meta.js";
import { placeCase } from "../../src/header/places.js";
import { resolveDate } from "../../src/header/when.js";

const read = (line: string) => {
  const m = findDateline(line);
  return (
    m && {
      text: m.text,
      place: m.place,
      agency: m.agency?.code ?? null,
      byline: m.byline,
      body: line.slice(m.bodyStart, m.bodyStart + 12),
      head: line.slice(0, m.start).trim(),
    }
  );
};

describe("datelines of every agency", () => {
  it.each([
    ["New Delhi [India], Sept 3 (ANI): The minister", "New Delhi [India], Sept 3 (ANI)", "New Delhi", "ANI"],
    [
      "Golaghat (Assam) [India], October 9 (ANI): The population",
      "Golaghat (Assam) [India], October 9 (ANI)",
      "Golaghat",
      "ANI",
    ],
    ["KYIV (Ukraine) (AFP) - Ukraine's parliament", "KYIV (Ukraine) (AFP)", "Kyiv", "AFP"],
    ["MOSCOW. Sept 3 (Interfax) - The bank", "MOSCOW. Sept 3 (Interfax)", "Moscow", "Interfax"],
    ["(ANSA) - ROMA, 03 SET - Il governo", "(ANSA) - ROMA, 03 SET", "Roma", "ANSA"],
    ["Madrid, 3 sep (EFE).- El Gobierno", "Madrid, 3 sep (EFE)", "Madrid", "EFE"],
    ["PARIS, 3 sept 2025 (AFP) - Le gouvernement", "PARIS, 3 sept 2025 (AFP)", "Paris", "AFP"],
    ["Mumbai, Sep 3 (IANS) The Sensex", "Mumbai, Sep 3 (IANS)", "Mumbai", "IANS"],
    [
      "KUALA LUMPUR, Sept 3 (Bernama) -- Palm oil",
      "KUALA LUMPUR, Sept 3 (Bernama)",
      "Kuala Lumpur",
      "Bernama",
    ],
    ["SEOUL, Sept. 3 (Yonhap) -- South Korea's", "SEOUL, Sept. 3 (Yonhap)", "Seoul", "Yonhap"],
    ["SINGAPORE, Sept 3 (Reuters) -Oil prices", "SINGAPORE, Sept 3 (Reuters)", "Singapore", "Reuters"],
    ["GENEVA, Sept 4 (Reuters) - – The WHO", "GENEVA, Sept 4 (Reuters)", "Geneva", "Reuters"],
    ["Wiesbaden (dpa/lhe) - Die Inflation", "Wiesbaden (dpa/lhe)", "Wiesbaden", "dpa"],
  ])("reads %s", (line, text, place, agency) => {
    expect(read(line)).toMatchObject({ text, place, agency });
  });

  it("reads an agency with no place, and the story after it", () => {
    expect(read("(Associated Press) — A storm hit")).toMatchObject({
      text: "(Associated Press)",
      place: null,
      agency: "AP",
      body: "A storm hit",
    });
    expect(read("(Bloomberg) -- European Stocks Climb")).toMatchObject({
      place: null,
      agency: "Bloomberg",
      body: "European Sto",
    });
  });

  it("reads a dateline of a date alone", () => {
    expect(read("Sept. 17 (UPI) -- The Federal Reserve")).toMatchObject({
      text: "Sept. 17 (UPI)",
      place: null,
      agency: "UPI",
      body: "The Federal ",
    });
  });

  it("takes a byline written after a piped agency", () => {
    expect(read("Paris, France | AFP | by Hélène DUBOIS")).toMatchObject({
      text: "Paris, France | AFP",
      place: "Paris, France",
      byline: "Hélène DUBOIS",
    });
  });

  it("splits a headline, byline and place glued together by the scraper", () => {
    expect(read("Can it survive the night?By Marc DUVALHouston (AFP) Jun 2, 2024 NASA said")).toMatchObject({
      text: "Houston (AFP)",
      place: "Houston",
      head: "Can it survive the night?By Marc DUVAL",
      body: "NASA said",
    });
  });

  it("never takes a photo credit for a dateline", () => {
    expect(findDateline("A farmer inspects a canal in western France (AFP/File)")).toBeNull();
  });

  it("reads bare datelines and place lines, but not labels or agencies", () => {
    expect(findBareDateline("TOKYO - The government will")?.place).toBe("Tokyo");
    expect(findBareDateline("BREAKING: Storm hits coast")).toBeNull();
    expect(findBareDateline("WHO: cholera spreads")).toBeNull();
    expect(findBareDateline("NATO: Allies pledge more troops")).toBeNull();
    expect(findBareDateline("STOCKS RALLY - Dow hits a record", false)).toBeNull();
    expect(findBareDateline("LAGOS: The governor said", false)?.place).toBe("Lagos");
    expect(findBareDateline("KYODO NEWS - Sep 3, 2025 - 18:40")).toBeNull();
    expect(findPlaceLine("ANKARA")?.place).toBe("Ankara");
    expect(findPlaceLine("Ankara")).toBeNull();
  });
});

describe("agencies", () => {
  it("finds an agency in sign-offs, captions and notices, in the registry's case for short codes", () => {
    expect(agencyLine("— Reuters")?.code).toBe("Reuters");
    expect(agencyLine("-- BERNAMA")?.code).toBe("Bernama");
    expect(agencyLine("==Kyodo")?.code).toBe("Kyodo");
    expect(agencyLine("Australian Associated Press")?.code).toBe("AAP");
    expect(agencyLine("ap")).toBeUndefined();
    expect(agencyIn("(Lukas Coch/AAP PHOTOS)")?.code).toBe("AAP");
    expect(agencyIn("a map of the spa town")).toBeUndefined();
  });
});

describe("section titles and places", () => {
  it("reads the agency of a section title, not of a headline that starts with it", () => {
    expect(sectionAgency("AFP Top News")?.code).toBe("AFP");
    expect(sectionAgency("Reuters World News")?.code).toBe("Reuters");
    expect(sectionAgency("AFP reporters saw the convoy")).toBeUndefined();
    expect(sectionAgency("AFP: Top News")).toBeUndefined();
    expect(sectionAgency("Kyodo news summary -3-")?.code).toBe("Kyodo");
    expect(sectionAgency("TOKYO, Nov. 3 Kyodo")?.code).toBe("Kyodo");
    expect(sectionAgency("TOKYO, April 13 Kyodo")?.code).toBe("Kyodo");
    expect(sectionAgency("Kyodo news of the day arrived late")).toBeUndefined();
    expect(sectionAgency("Tokyo police said on Nov. 3 Kyodo")).toBeUndefined();
  });

  it("writes places normally but keeps a state code in capitals", () => {
    expect(placeCase("SAN JOSE")).toBe("San Jose");
    expect(placeCase("IN")).toBe("IN");
    expect(placeCase("RALEIGH, N.C.")).toBe("Raleigh, N.C.");
    expect(placeCase("ST. PAUL, MINN.")).toBe("St. Paul, Minn.");
    expect(findDateline("Upland, IN (SPX) Apr 24, 2025 The satellite")?.place).toBe("Upland, IN");
    expect(findDateline("CAPE CANAVERAL, Fla. (AP) — NASA")?.place).toBe("Cape Canaveral, Fla.");
  });
});

describe("headlines", () => {
  it.each([
    ["UPDATE 2-Oil slips on stock build", "UPDATE 2-", "Oil slips on stock build"],
    [
      "2nd LD-Writethru-Economic Watch: China's exports rise",
      "2nd LD-Writethru-Economic Watch:",
      "China's exports rise",
    ],
    ["(LEAD) S. Korea's exports rise", "(LEAD)", "S. Korea's exports rise"],
    ["Roundup: Kenya cuts rates", "Roundup:", "Kenya cuts rates"],
  ])("splits the desk slug off %s", (headline, slug, rest) => {
    expect(splitSlug(headline)).toEqual({ slug, rest });
  });

  it("leaves headlines that only look slugged", () => {
    expect(splitSlug("Focus-group study finds voters tired").slug).toBeNull();
    expect(splitSlug("Oil prices: what comes next").slug).toBeNull();
  });

  it("knows a site's theme line from a headline", () => {
    expect(themeLine("Military Space News")).toBe(true);
    expect(themeLine("SinoDaily.com - China News")).toBe(true);
    expect(themeLine("Markets close higher on jobs news")).toBe(false);
    expect(themeLine("Drone makers race to meet European demand")).toBe(false);
  });

  it("splits a site or agency name off the end, and undoes a doubled headline", () => {
    expect(splitSiteSuffix("Oil slips - Reuters")).toEqual({ suffix: "- Reuters", rest: "Oil slips" });
    expect(splitSiteSuffix("Probe ships | SpaceWar.com").rest).toBe("Probe ships");
    expect(splitSiteSuffix("Left - Right debate heats up").suffix).toBeNull();
    expect(cleanHeadline("Talks resume Talks resume")).toBe("Talks resume");
  });
});

describe("page dates and meta lines", () => {
  it.each([
    ["Updated 4:12 PM EDT, September 3, 2025", { year: 2025, month: 9, day: 3 }],
    ["September 3, 2025 7:12 AM GMT+1 Updated 3 hours ago", { year: 2025, month: 9, day: 3 }],
    ["November 3, 20256:02 AM GMT+1Updated 2 hours ago", { year: 2025, month: 11, day: 3 }],
    ["Sept. 3, 2025 / 2:14 PM", { year: 2025, month: 9, day: 3 }],
    ["03.09.2025, 14:05 Uhr", { year: 2025, month: 9, day: 3 }],
    ["3 SEP, 14:22", { year: null, month: 9, day: 3 }],
    ["Published Tuesday, September 9, 2025", { year: 2025, month: 9, day: 9 }],
  ])("reads %s", (line, date) => {
    expect(pageDateLine(line)?.date).toEqual(date);
  });

  it("reads a slashed date day first under a label in a day-first language", () => {
    expect(pageDateLine("Publié le 04/09/2025 à 10h32")?.date).toEqual({ year: 2025, month: 9, day: 4 });
    expect(pageDateLine("Veröffentlicht am 04/09/2025, 10:32 Uhr")?.date).toEqual({
      year: 2025,
      month: 9,
      day: 4,
    });
  });

  it("keeps both readings of an ambiguous slashed date, and takes neither alone", () => {
    expect(pageDateLine("03/09/2025 04:32 PM")).toEqual({
      date: null,
      readings: [
        { year: 2025, month: 9, day: 3 },
        { year: 2025, month: 3, day: 9 },
      ],
    });
    expect(slashReadings("25/12/2024")?.dates).toEqual([{ year: 2024, month: 12, day: 25 }]);
    const found = resolveDate(null, null, "", 1, pageDateLine("03/09/2025")?.readings);
    expect(found.date).toBeNull();
    expect(found.diagnostics.map((d) => d.code)).toEqual(["date-ambiguous"]);
    expect(
      resolveDate({ year: null, month: 9, day: 3 }, null, "", 1, pageDateLine("03/09/2025")?.readings).date,
    ).toBe("2025-09-03");
  });

  it("is not fooled by a headline that starts with a date", () => {
    expect(pageDateLine("3 May protests draw thousands")).toBeNull();
    expect(readDate("Wednesday, September 3, 2025")?.date).toEqual({ year: 2025, month: 9, day: 3 });
  });

  it("splits a feed date glued to the end of a headline", () => {
    expect(splitTrailingDate("Five killed as protests spreadTue, 29 Jul 2025 20:34:14 GMT")).toMatchObject({
      headline: "Five killed as protests spread",
      date: { date: { year: 2025, month: 7, day: 29 } },
    });
    expect(splitTrailingDate("Five killed as protests spread")).toBeNull();
  });

  it("reads the agency, date and writer of a republisher's meta line", () => {
    expect(metaLine("Source: Xinhua| 2025-09-03 17:25:40|Editor: huaxia")).toMatchObject({
      date: { date: { year: 2025, month: 9, day: 3 } },
      agency: { code: "Xinhua" },
      byline: null,
    });
    expect(metaLine("KYODO NEWS - Sep 3, 2025 - 18:40 | Japan, Politics")?.agency?.code).toBe("Kyodo");
    expect(metaLine("Ali Yilmaz |03.09.2025 - Update : 03.09.2025")?.byline).toBe("Ali Yilmaz");
    expect(metaLine("Left | Right debate heats up")).toBeNull();
  });
});
