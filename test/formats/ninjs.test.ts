import { describe, expect, it } from "vitest";
import { serialise } from "../../src/formats/index.js";
import {
  NINJS_SCHEMA,
  NINJS_UNMAPPED,
  type NinjsItem,
  toNinjs,
  toNinjsItem,
} from "../../src/formats/ninjs.js";
import { RECORD_KEYS } from "../../src/formats/shared.js";
import { compile2020 } from "./ajv.js";
import { reference, withFields } from "./helpers.js";

const record = reference({ keepRemoved: true });

/**
 * The part of the ninjs 2.1 schema that this tool writes, property for property as ninjs 2.1 defines them
 * (names, types, nesting, `additionalProperties: false` on the array items), with `uri` required.
 */
const text = { type: "string" };
const NINJS_SUBSET = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  required: ["uri"],
  additionalProperties: false,
  properties: {
    uri: { type: "string", format: "uri" },
    standard: {
      type: "object",
      additionalProperties: false,
      properties: { name: text, version: text, schema: { type: "string", format: "uri" } },
    },
    type: { enum: ["text", "audio", "video", "picture", "graphic", "composite", "component"] },
    language: text,
    headlines: {
      type: "array",
      items: {
        type: "object",
        required: ["value"],
        additionalProperties: false,
        properties: { role: text, contenttype: text, value: text },
      },
    },
    bodies: {
      type: "array",
      items: {
        type: "object",
        required: ["value"],
        additionalProperties: false,
        properties: {
          role: text,
          contenttype: text,
          charcount: { type: "number" },
          wordcount: { type: "number" },
          value: text,
        },
      },
    },
    by: text,
    located: text,
    firstcreated: { type: "string", format: "date-time" },
    copyrightholder: text,
    infosources: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        properties: { name: text, role: text, uri: { type: "string", format: "uri" }, literal: text },
      },
    },
  },
};
const validate = compile2020(NINJS_SUBSET);

function expectValidNinjs(item: NinjsItem): void {
  expect(validate(item), JSON.stringify(validate.errors)).toBe(true);
  expect(item.uri).toMatch(/^urn:dispatch:[0-9a-f]{16}$/);
  if (item.firstcreated) {
    expect(item.firstcreated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(Number.isNaN(Date.parse(item.firstcreated))).toBe(false);
  }
}

describe("ninjs", () => {
  it("maps the reference dispatch", () => {
    const item = toNinjsItem(record);
    expectValidNinjs(item);
    expect(item).toEqual({
      uri: `urn:dispatch:${record.id}`,
      standard: { name: "ninjs", version: "2.1", schema: NINJS_SCHEMA },
      type: "text",
      language: "en",
      headlines: [{ role: "main", value: "Putin meets Kim, praises North Korean troops in Russia" }],
      bodies: [{ role: "main", contenttype: "text/plain", value: record.body.join("\n\n") }],
      located: "Beijing",
      firstcreated: "2025-09-03T00:00:00Z",
      copyrightholder: "Agence France-Presse",
      infosources: [
        {
          name: "Agence France-Presse",
          literal: "AFP",
          role: "http://cv.iptc.org/newscodes/contentprodpartyrole/author",
        },
      ],
    });
    expect(item.bodies?.[0]?.value.split("\n\n")).toEqual(record.body);
  });

  it("leaves out what the record does not have, and carries the byline", () => {
    const sparse = withFields(record, {
      headline: null,
      byline: "Jane Doe and John Smith",
      dateline: { text: "Somewhere (AFP)", place: null },
      source: null,
      date: null,
      language: null,
      body: [],
      copyright: null,
    });
    const item = toNinjsItem(sparse);
    expectValidNinjs(item);
    expect(item).toEqual({
      uri: `urn:dispatch:${record.id}`,
      standard: { name: "ninjs", version: "2.1", schema: NINJS_SCHEMA },
      type: "text",
      by: "Jane Doe and John Smith",
    });
  });

  it("one item is an object, several an array; pretty or compact; through serialise too", () => {
    expect(JSON.parse(toNinjs([record]))).toEqual(toNinjsItem(record));
    const two = toNinjs([record, record], { pretty: false });
    expect(two.split("\n")).toHaveLength(2);
    expect(JSON.parse(two)).toEqual([toNinjsItem(record), toNinjsItem(record)]);
    expect(serialise([record], "ninjs", { pretty: true })).toBe(toNinjs([record], { pretty: true }));
  });

  it("lists what it cannot carry, naming only fields the record has", () => {
    const fields = NINJS_UNMAPPED.map((entry) => entry.field);
    for (const expected of ["quotes", "credits", "captions", "diagnostics", "removed", "origin.sha256"]) {
      expect(fields).toContain(expected);
    }
    for (const field of fields) expect(RECORD_KEYS).toContain(field.split(".")[0]);
  });
});
