import { describe, expect, it } from "vitest";
import { dispatch, runRule } from "../helpers.js";

const clean = dispatch().body;

describe("no-debris", () => {
  it("finds image placeholders and table pipes inside paragraphs, at their offset", () => {
    const found = runRule(
      "no-debris",
      dispatch({ body: [`${clean[0]} ![](https://x.test/a.jpg)`, `${clean[1]} |`] }),
    );
    expect(found).toEqual([
      {
        message: 'an image placeholder left in the body: "![](https://x.test/a.jpg)"',
        at: { path: ["body", 0], offset: (clean[0] as string).length + 1 },
      },
      {
        message: 'a table pipe left in the body: "|"',
        at: { path: ["body", 1], offset: (clean[1] as string).length + 1 },
      },
    ]);
  });

  it("finds copyright lines, ads and end marks as paragraphs of their own", () => {
    const body = [...clean, "Advertisement", "Copyright 2024 Thomson Reuters. All rights reserved.", "-0-"];
    expect(runRule("no-debris", dispatch({ body })).map((f) => f.message)).toEqual([
      'an advertisement slot left in the body: "Advertisement"',
      'a copyright line left in the body: "Copyright 2024 Thomson Reuters. All rights reserved."',
      'an end-of-story mark left in the body: "-0-"',
    ]);
  });

  it("finds navigation: a run of link-like lines, and a menu of pipes", () => {
    const body = [
      clean[0] as string,
      "World",
      "Business",
      "Markets",
      "Sport",
      clean[1] as string,
      "Home | World | Asia",
    ];
    expect(runRule("no-debris", dispatch({ body }))).toEqual([
      { message: 'debris (navigation) left in the body: "Home | World | Asia"', at: { path: ["body", 6] } },
      {
        message: 'a navigation list of 4 links left in the body: "World · Business · Markets · Sport"',
        at: { path: ["body", 1] },
      },
    ]);
    expect(runRule("no-debris", dispatch({ body }), { navRun: 5 })).toHaveLength(1);
  });

  it("looks at the headline too", () => {
    const found = runRule("no-debris", dispatch({ headline: "Floods close Danube port |" }));
    expect(found).toEqual([
      { message: 'a table pipe left in the headline: "|"', at: { path: ["headline"], offset: 25 } },
    ]);
  });

  it("leaves wire copy that only looks like debris alone", () => {
    const body = [
      ...clean,
      "Copyright Office officials said the registrations of new works, halted by a week-long outage of its online system, would resume on Monday.",
    ];
    expect(runRule("no-debris", dispatch({ body }))).toEqual([]);
  });
});
