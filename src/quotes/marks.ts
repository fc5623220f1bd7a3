/**
 * Quotation marks as data. A family is a set of marks that pair with each other; the same character can
 * open in one typography and close in another (German „…“ closes with the English opening mark, and
 * German »…« is French «…» the other way round), so what a mark does is decided by what is open.
 */

export type Family = "double" | "single" | "guillemet" | "angle";

export interface MarkRole {
  family: Family;
  /** Marks of the family that this one closes when one of them is open. */
  closes: readonly string[];
  /** Opens a quotation when nothing of its family that it closes is open. */
  opens: boolean;
  /** Needs the context test of a straight or apostrophe-like mark before it may open or close. */
  ambiguous: boolean;
}

export const MARKS: Readonly<Record<string, MarkRole>> = {
  '"': { family: "double", closes: ['"', "“", "„"], opens: true, ambiguous: true },
  "“": { family: "double", closes: ["„"], opens: true, ambiguous: false },
  "”": { family: "double", closes: ["“", '"', "„"], opens: false, ambiguous: false },
  "„": { family: "double", closes: [], opens: true, ambiguous: false },
  "'": { family: "single", closes: ["'", "‘", "‚"], opens: true, ambiguous: true },
  "‘": { family: "single", closes: ["‚"], opens: true, ambiguous: true },
  "’": { family: "single", closes: ["‘", "'", "‚"], opens: false, ambiguous: true },
  "‚": { family: "single", closes: [], opens: true, ambiguous: false },
  "«": { family: "guillemet", closes: ["»"], opens: true, ambiguous: false },
  "»": { family: "guillemet", closes: ["«"], opens: true, ambiguous: false },
  "‹": { family: "angle", closes: ["›"], opens: true, ambiguous: false },
  "›": { family: "angle", closes: ["‹"], opens: true, ambiguous: false },
};

/** Words spelt with a leading apostrophe that opens nothing: "rock 'n' roll", "'em", "'til". */
export const ELISIONS = ["n'", "n’", "em", "til", "tis", "twas", "cause", "bout", "round", "cos", "kay"];

/** Words quoted inside narration that name a work, not words anyone said: "the film 'Glass Jaw'". */
export const WORK_NOUNS = new Set(
  `book memoir memoirs novel biography autobiography film movie documentary series show programme program song
  single album record track play musical opera ballet poem painting exhibition report study article essay column
  headline slogan hashtag podcast game titled entitled named nicknamed dubbed known codenamed code-named operation
  magazine newspaper newsletter app brand campaign`
    .split(/\s+/)
    .filter(Boolean),
);

/** Small words that stay lowercase in a title: "Rounds I Lost", "the King of Surulere". */
export const TITLE_SMALL_WORDS = new Set(
  "a an the of and or in on at to for by with from de du des la le les el y e di da del van von der den het"
    .split(" ")
    .filter(Boolean),
);
