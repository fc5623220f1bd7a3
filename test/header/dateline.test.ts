import { describe, expect, it } from "vitest";
import { findBareDateline, findDateline } from "../../src/header/dateline.js";

const read = (line: string) => {
  const m = findDateline(line);
  return (
    m && {
      text: m.text,
      place: m.place,
      agency: m.agency?.code ?? null,
      body: line.slice(m.bodyStart, m.bodyStart + 12),
      head: line.slice(0, m.start).trim(),
    }
  );
};

describe("findDateline", () => {
  it("splits a headline run into the dateline at a known place", () => {
    expect(
      read(
        "Putin meets Kim, praises North Korean troops in Russia Beijing, Sept 3 (AFP) Sep 03, 2025 Russian President",
      ),
    ).toEqual({
      text: "Beijing, Sept 3 (AFP)",
      place: "Beijing",
      agency: "AFP",
      body: "Russian Pres",
      head: "Putin meets Kim, praises North Korean troops in Russia",
    });
  });

  it.each([
    [
      "LONDON, Sept 3 (Reuters) - Shares fell",
      "LONDON, Sept 3 (Reuters)",
      "London",
      "Reuters",
      "Shares fell",
    ],
    ["WASHINGTON (AP) — The Senate voted", "WASHINGTON (AP)", "Washington", "AP", "The Senate v"],
    [
      "BEIJING, Sept. 3 (Xinhua) -- China launched",
      "BEIJING, Sept. 3 (Xinhua)",
      "Beijing",
      "Xinhua",
      "China launch",
    ],
    ["Paris (AFP) - France said", "Paris (AFP)", "Paris", "AFP", "France said"],
    ["PARIS, France (AFP) -- The government", "PARIS, France (AFP)", "Paris, France", "AFP", "The governme"],
    [
      "SAN JOSE, Costa Rica (AFP) - Voters",
      "SAN JOSE, Costa Rica (AFP)",
      "San Jose, Costa Rica",
      "AFP",
      "Voters",
    ],
    ["UNITED NATIONS (AFP) - The council", "UNITED NATIONS (AFP)", "United Nations", "AFP", "The council"],
    [
      "Washington DC (SPX) Sep 03, 2025 NASA said",
      "Washington DC (SPX)",
      "Washington DC",
      "SPX",
      "NASA said",
    ],
    [
      "MOSCOW, September 3. /TASS/. The Kremlin",
      "MOSCOW, September 3. /TASS/",
      "Moscow",
      "TASS",
      "The Kremlin",
    ],
    ["Berlin (dpa) - Die Regierung", "Berlin (dpa)", "Berlin", "dpa", "Die Regierun"],
    ["Rio de Janeiro (AFP) - Police", "Rio de Janeiro (AFP)", "Rio de Janeiro", "AFP", "Police"],
  ])("reads %s", (line, text, place, agency, body) => {
    expect(read(line)).toMatchObject({ text, place, agency, body });
  });

  it.each([
    [
      "Fire season starts early SACRAMENTO, Calif. (AP) — Crews",
      "SACRAMENTO, Calif. (AP)",
      "Sacramento, Calif.",
    ],
    [
      "Fire season starts early Sacramento, Calif. (AP) — Crews",
      "Sacramento, Calif. (AP)",
      "Sacramento, Calif.",
    ],
  ])("splits a headline run into a place of two parts: %s", (line, text, place) => {
    expect(read(line)).toMatchObject({ text, place, head: "Fire season starts early", body: "Crews" });
  });

  it("leaves a sentence run into a lone state's name to the body", () => {
    expect(read("Officials said the fire spread, Calif. (AP) — Crews")).toBeNull();
  });

  it("reads the date in the dateline and the page date after it", () => {
    const m = findDateline("Beijing, Sept 3 (AFP) Sep 03, 2025 Story");
    expect(m?.date).toEqual({ year: null, month: 9, day: 3 });
    expect(m?.pageDate).toEqual({ year: 2025, month: 9, day: 3 });
  });

  it("ignores an agency named in the middle of a sentence", () => {
    expect(
      findDateline("The meeting was filmed by AFP (AFP) reporters in the hall, officials said."),
    ).toBeNull();
    expect(findDateline("He told (aa) nothing")).toBeNull();
  });
});

describe("agency markers", () => {
  const marker = (line: string) => {
    const found = findDateline(line);
    return found && [found.text, found.agency?.code, found.bodyStart];
  };

  it("reads bracketed, slashed and piped markers, in any case, with a desk code after the agency", () => {
    expect(marker("BERLIN, Sept 3 (dpa/lno) - Die Polizei")).toEqual(["BERLIN, Sept 3 (dpa/lno)", "dpa", 27]);
    expect(marker("BERLIN (dpa-AFX) - Die Aktie")).toEqual(["BERLIN (dpa-AFX)", "dpa", 19]);
    expect(marker("MOSCOW, Sept 3 /TASS/. Russia said")).toEqual(["MOSCOW, Sept 3 /TASS/", "TASS", 23]);
    expect(marker("ISTANBUL (ANADOLU AJANSI) - Talks")).toEqual(["ISTANBUL (ANADOLU AJANSI)", "Anadolu", 28]);
    expect(marker("Paris, France |   AFP   | by Jane Doe The minister")).toEqual([
      "Paris, France |   AFP",
      "AFP",
      26,
    ]);
  });

  it("keeps to the marker's bounds: three spaces inside pipes, 24 characters of desk code, no photo credit", () => {
    expect(marker("Paris, France |    AFP | The minister")).toBeNull();
    expect(marker(`PARIS, Sept 3 (AFP/${"x".repeat(24)}) - Talks`)).not.toBeNull();
    expect(marker(`PARIS, Sept 3 (AFP/${"x".repeat(25)}) - Talks`)).toBeNull();
    expect(marker("PARIS (AFP/File) - Talks")).toBeNull();
  });
});

describe("findBareDateline", () => {
  it("reads a capitalised place with no agency", () => {
    const m = findBareDateline("WASHINGTON: The US Senate on Tuesday");
    expect(m && { text: m.text, place: m.place, agency: m.agency }).toEqual({
      text: "WASHINGTON",
      place: "Washington",
      agency: null,
    });
  });

  it("does not take a sentence for a dateline", () => {
    expect(findBareDateline("The president said: we will win")).toBeNull();
  });
});
