/**
 * Markdown: a page a person can read, that this tool also reads back to the very same record.
 *
 * Layout of one record:
 *
 *     ---
 *     schemaVersion: "1.0"
 *     id: e2ccd6165fbf2c50
 *     headline: Putin meets Kim, praises North Korean troops in Russia
 *     …every field except body, as YAML (see yaml.ts)…
 *     ---
 *
 *     # Putin meets Kim, praises North Korean troops in Russia
 *
 *     **Beijing, Sept 3 (AFP)** — Russian President Vladimir Putin on Wednesday thanked…
 *
 *     In a meeting with Kim in Beijing, Putin also praised…
 *
 * - The front matter is the truth for every field but body; the "# " heading is there for people and is
 *   read from the front matter (a headline with "---", ": ", "#" or quotes in it round-trips whatever
 *   Markdown makes of the heading). The heading is left out when the headline is null.
 * - The body is the paragraphs, one line each, separated by one blank line, written as they are: nothing
 *   is escaped. The first is led by the dateline in bold and an em dash, when there is a dateline.
 * - Reading back goes by this structure, not by Markdown: after the front matter, a heading line is
 *   skipped if the front matter has a headline, then every non-blank line is a paragraph, and the
 *   dateline lead is taken off the first one. So a paragraph that reads as Markdown syntax ("# x",
 *   "> x", "---", "<script>") is still just a paragraph.
 * - Several records follow one another, a blank line apart, each opening with its own front matter. A
 *   "---" line starts the next record only when the line after it is not blank; a paragraph "---" is
 *   always followed by a blank line (or the end), so it cannot be taken for one.
 * - A body that cannot be shown that way exactly — a paragraph that is empty, holds a line break, or
 *   starts or ends with white space (the parser never makes one) — is also written to the front matter
 *   as `body`, and the paragraphs below are shown tidied, for reading only. When the front matter has a
 *   body, it wins.
 */
import type { Dispatch } from "../record.js";
import { asOwnRecord, at, inRecordOrder, malformed } from "./shared.js";
import { parseYamlDocument, yamlText } from "./yaml.js";

const FENCE = "---";
/** Between the bold dateline and the first paragraph's text. */
const LEAD_SEPARATOR = " — ";

export function toMarkdown(records: readonly Dispatch[]): string {
  return records.map(recordToMarkdown).join("\n");
}

function recordToMarkdown(record: Dispatch): string {
  const shown = shownParagraphs(record);
  const exact = shown.every(isShowable);
  const front: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (key !== "body" || !exact) front[key] = value;
  const blocks = [`${FENCE}\n${yamlText(front)}${FENCE}`];
  if (record.headline !== null) blocks.push(`# ${oneLine(record.headline)}`);
  // One at a time: spreading a body of a million paragraphs into push() overflows the stack.
  for (const p of exact ? shown : shown.map((p) => oneLine(p).trim()).filter((p) => p !== "")) blocks.push(p);
  return `${blocks.join("\n\n")}\n`;
}

function shownParagraphs(record: Pick<Dispatch, "body" | "dateline">): string[] {
  const [first, ...rest] = record.body;
  if (first === undefined) return [];
  return [record.dateline ? `${lead(record.dateline.text)}${first}` : first, ...rest];
}

function lead(datelineText: string): string {
  return `**${datelineText}**${LEAD_SEPARATOR}`;
}

/** A paragraph that reads back exactly as a line of its own. */
function isShowable(paragraph: string): boolean {
  return paragraph !== "" && paragraph.trim() === paragraph && !/[\r\n]/.test(paragraph);
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029]+/g, " ");
}

/** This tool's Markdown back to records (see the layout above). Errors name the line. */
export function fromMarkdown(text: string): Dispatch[] {
  // No raw CR is ever written (YAML escapes it, paragraphs with one go to the front matter), so a CRLF
  // here came from an editor or a transfer and can be undone safely.
  const lines = (text.includes("\r\n") ? text.replaceAll("\r\n", "\n") : text).split("\n");
  const records: Dispatch[] = [];
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i] === "") i++;
  };
  for (;;) {
    skipBlank();
    if (i >= lines.length) break;
    if (lines[i] !== FENCE) throw malformed(`${at(i + 1)}expected "---" to open a record's front matter`);
    const open = i;
    const close = lines.indexOf(FENCE, open + 1);
    if (close === -1)
      throw malformed(`${at(open + 1)}front matter opened here is never closed by a "---" line`);
    const value = parseYamlDocument(lines.slice(open + 1, close).join("\n"), open + 1);
    const front = asOwnRecord(value, `${at(open + 1)}the front matter `) as unknown as Record<
      string,
      unknown
    >;
    i = close + 1;

    skipBlank();
    if (typeof front.headline === "string" && i < lines.length && lines[i]?.startsWith("#")) i++;
    const paragraphs: string[] = [];
    for (;;) {
      skipBlank();
      const line = lines[i];
      if (line === undefined || (line === FENCE && (lines[i + 1] ?? "") !== "")) break;
      paragraphs.push(line);
      i++;
    }
    if (!Object.hasOwn(front, "body")) front.body = withoutLead(paragraphs, front.dateline);
    records.push(inRecordOrder(front));
  }
  return records;
}

function withoutLead(paragraphs: string[], dateline: unknown): string[] {
  const [first, ...rest] = paragraphs;
  const text = (dateline as { text?: unknown } | null)?.text;
  if (first === undefined || typeof text !== "string") return paragraphs;
  const prefix = lead(text);
  return first.startsWith(prefix) ? [first.slice(prefix.length), ...rest] : paragraphs;
}
