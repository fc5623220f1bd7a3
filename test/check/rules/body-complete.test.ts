import { describe, expect, it } from "vitest";
import { dispatch, runRule } from "../helpers.js";

describe("body-complete", () => {
  it("reports an empty body, and nothing else about it", () => {
    expect(runRule("body-complete", dispatch({ body: [] }))).toEqual([
      { message: "the body is empty", at: { path: ["body"] } },
    ]);
  });

  it("reports a stub below the word count", () => {
    const found = runRule(
      "body-complete",
      dispatch({ body: ["Hungary closed its largest Danube port on Tuesday."] }),
    );
    expect(found.map((f) => f.message)).toEqual(["the body has only 8 words (fewer than 25)"]);
    expect(runRule("body-complete", dispatch({ body: ["Port closed."] }), { minWords: 2 })).toEqual([]);
  });

  it("reports a last paragraph cut mid-sentence or by an ellipsis, at its end", () => {
    const body = dispatch().body;
    const cut = [...body.slice(0, 2), "Shipping companies said they expected delays of at least"];
    expect(runRule("body-complete", dispatch({ body: cut }))).toEqual([
      {
        message:
          'the body looks cut short or ends in debris: the last paragraph does not end a sentence ("…companies said they expected delays of at least")',
        at: { path: ["body", 2], offset: 55 },
      },
    ]);
    const teaser = [
      ...body.slice(0, 2),
      "Shipping companies said they expected delays of at least a week...",
    ];
    expect(runRule("body-complete", dispatch({ body: teaser }))[0]?.message).toMatch(/ends in an ellipsis/);
  });

  it("takes a sentence closed inside quotes or brackets as finished", () => {
    const body = [...dispatch().body, 'The mayor said: "We are ready."', "(Reporting by Anita Komuves)"];
    expect(runRule("body-complete", dispatch({ body: body.slice(0, 4) }))).toEqual([]);
    expect(
      runRule("body-complete", dispatch({ body: [...body.slice(0, 3), "It reopened (finally.)"] })),
    ).toEqual([]);
  });
});
