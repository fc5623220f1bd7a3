import { excerpt, paragraphs } from "../fields.js";
import { defineRule } from "../types.js";
import { wordCount } from "../words.js";

/** How a finished sentence ends: its mark, then perhaps closing quotes or brackets. */
const FINISHED = /[.!?]["'”’»)\]]{0,3}$/;
/** How a cut-off teaser ends: "…", "...", "[…]", "Read more". */
const CUT = /(?:…|\.{3}|\[…\]|\[\.\.\.\])["'”’»)\]]{0,3}$/;
/** The longest text either pattern can match: "[...]" and three closing marks. */
const ENDING = 8;

/**
 * A story that is all there: some text, enough of it, and a last sentence that ends. A last paragraph
 * that does not end a sentence is a story cut short, or one that ends in debris ("Follow us on
 * Telegram", an editor's routing codes): either way the archive holds something other than the story.
 */
export default defineRule<{ minWords: number }>({
  id: "body-complete",
  description: "the body is not empty, not a stub of a few words, and its last paragraph ends a sentence",
  severity: "error",
  scope: "record",
  defaults: { minWords: 25 },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { minWords: { type: "integer", minimum: 0 } },
  },
  check(record, { options, report }) {
    const body = paragraphs(record).filter((p) => p.text.trim() !== "");
    const last = body[body.length - 1];
    if (!last) {
      report("the body is empty", { path: ["body"] });
      return;
    }
    let words = 0;
    for (const p of body) words += wordCount(p.text, options.minWords - words);
    if (words < options.minWords) {
      report(`the body has only ${words} word${words === 1 ? "" : "s"} (fewer than ${options.minWords})`, {
        path: ["body"],
      });
    }
    const end = last.text.trimEnd();
    const at = { path: ["body", last.index], offset: Math.max(0, end.length - 1) };
    // Both patterns fit in the last ENDING characters: tested there, not tried at every place in the paragraph.
    const ending = end.slice(-ENDING);
    if (CUT.test(ending))
      report(`the body looks cut short: it ends in an ellipsis (${excerpt(tail(end))})`, at);
    else if (!FINISHED.test(ending))
      report(
        `the body looks cut short or ends in debris: the last paragraph does not end a sentence (${excerpt(tail(end))})`,
        at,
      );
  },
});

/** The last few words, for the message. */
function tail(paragraph: string): string {
  const cut = paragraph.lastIndexOf(" ", paragraph.length - 40);
  return cut <= 0 ? paragraph : `…${paragraph.slice(cut + 1)}`;
}
