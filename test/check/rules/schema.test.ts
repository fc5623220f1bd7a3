import { describe, expect, it } from "vitest";
import type { Dispatch } from "../../../src/record.js";
import { runRule, story } from "../helpers.js";

describe("schema", () => {
  it("reports each way a record breaks the published schema, with a path into the record", () => {
    const record = story() as unknown as Record<string, unknown>;
    record.date = "3 Sept 2025";
    (record.quotes as Record<string, unknown>[])[0] = { ...(record.quotes as object[])[0], kind: "indirect" };
    delete record.language;
    record.mood = "grim";
    const found = runRule("schema", record as unknown as Dispatch);
    expect(found.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        "/date: must match ^\\d{4}-\\d{2}-\\d{2}$",
        '/quotes/0/kind: must be one of "direct", "partial"',
        'the record: missing property "language"',
        'the record: unknown property "mood"',
      ]),
    );
    expect(found.find((f) => f.message.startsWith("/quotes/0/kind"))?.at).toEqual({
      path: ["quotes", 0, "kind"],
    });
  });
});
