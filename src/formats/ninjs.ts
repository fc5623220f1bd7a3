/**
 * IPTC ninjs 2.1 ("News in JSON", https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json), for systems that
 * take news items in a standard shape. Output only: a ninjs item is not read back.
 *
 * Mapping (ninjs property ← record field):
 *
 *   uri               ← id, as "urn:dispatch:{id}" (ninjs requires a URI; the id is the stable identity)
 *   standard          ← fixed: { name: "ninjs", version: "2.1", schema: the 2.1 schema URL }
 *   type              ← fixed: "text"
 *   language          ← language
 *   headlines         ← headline, as [{ role: "main", value }]
 *   bodies            ← body, as [{ role: "main", contenttype: "text/plain", value }], paragraphs joined
 *                       by a blank line ("\n\n"), so they can be split apart again
 *   by                ← byline
 *   located           ← dateline.place
 *   firstcreated      ← date, as "{date}T00:00:00Z": ninjs wants a date-time and the story gives a day
 *   copyrightholder   ← copyright
 *   infosources       ← source, as [{ name, literal: code, role: IPTC content-production-party role
 *                       "author" }] (the agency that wrote the dispatch)
 *
 * A property whose field is null (or an empty body) is left out rather than written empty. Everything the
 * record holds beyond this has no place in ninjs and is listed in NINJS_UNMAPPED.
 */
import type { Dispatch } from "../record.js";

export const NINJS_VERSION = "2.1";
export const NINJS_SCHEMA = "https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";
/** IPTC Content Production Party Role "author": the party that created the content. */
export const NINJS_AUTHOR_ROLE = "http://cv.iptc.org/newscodes/contentprodpartyrole/author";

/** The ninjs 2.1 properties this tool writes (a subset of what ninjs allows). */
export interface NinjsItem {
  uri: string;
  standard: { name: "ninjs"; version: string; schema: string };
  type: "text";
  language?: string;
  headlines?: { role: "main"; value: string }[];
  bodies?: { role: "main"; contenttype: "text/plain"; value: string }[];
  by?: string;
  located?: string;
  firstcreated?: string;
  copyrightholder?: string;
  infosources?: { name: string; literal: string; role: string }[];
}

/** What a record holds that ninjs has no place for, or keeps only in part. */
export const NINJS_UNMAPPED: readonly { field: string; note: string }[] = [
  { field: "schemaVersion", note: "the item states the ninjs version instead" },
  { field: "dateline.text", note: "only the place goes over, as located; the dateline as written is lost" },
  { field: "date", note: "kept as firstcreated at midnight UTC: the story gives the day, not the time" },
  {
    field: "quotes",
    note: "ninjs has no quotations: their text, kind, speaker, speaker as written, title, verb and offsets are lost",
  },
  { field: "credits", note: 'sign-offs ("Reporting by …") have no ninjs property' },
  {
    field: "captions",
    note: "ninjs keeps captions with associated pictures, and the record has no pictures",
  },
  { field: "origin.path", note: "provenance of the input file" },
  { field: "origin.bytes", note: "provenance of the input file" },
  { field: "origin.sha256", note: "provenance of the input file" },
  { field: "origin.encoding", note: "provenance of the input file" },
  { field: "diagnostics", note: "remarks about the parse, not about the news item" },
  { field: "removed", note: "the audit of stripped debris" },
];

export interface NinjsOptions {
  pretty: boolean;
}

/** One item as an object, several as an array, like the JSON output; ends with "\n". */
export function toNinjs(records: readonly Dispatch[], options: NinjsOptions = { pretty: true }): string {
  const items = records.map(toNinjsItem);
  const value = items.length === 1 ? items[0] : items;
  return `${JSON.stringify(value, null, options.pretty ? 2 : undefined)}\n`;
}

export function toNinjsItem(record: Dispatch): NinjsItem {
  const item: NinjsItem = {
    uri: `urn:dispatch:${record.id}`,
    standard: { name: "ninjs", version: NINJS_VERSION, schema: NINJS_SCHEMA },
    type: "text",
  };
  if (record.language !== null) item.language = record.language;
  if (record.headline !== null) item.headlines = [{ role: "main", value: record.headline }];
  if (record.body.length > 0) {
    item.bodies = [{ role: "main", contenttype: "text/plain", value: record.body.join("\n\n") }];
  }
  if (record.byline !== null) item.by = record.byline;
  if (record.dateline?.place) item.located = record.dateline.place;
  if (record.date !== null) item.firstcreated = `${record.date}T00:00:00Z`;
  if (record.copyright !== null) item.copyrightholder = record.copyright;
  if (record.source !== null) {
    item.infosources = [{ name: record.source.name, literal: record.source.code, role: NINJS_AUTHOR_ROLE }];
  }
  return item;
}
