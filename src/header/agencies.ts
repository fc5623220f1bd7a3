import type { Source } from "../record.js";
import { readDate } from "./dates.js";

/**
 * The registry of news agencies. Adding an agency is adding an entry here (and a fixture).
 * `markers` are the spellings that appear inside a dateline's brackets or slashes: "(AFP)", "/TASS/".
 * `aliases` are the fuller names that appear in copyright notices, credits, captions and sign-offs.
 * Markers of three letters or fewer only count in the case written here ("(AP)", not "(ap)"), except dpa.
 */
export interface Agency extends Source {
  markers: string[];
  aliases: string[];
}

export const AGENCIES: readonly Agency[] = [
  {
    code: "AFP",
    name: "Agence France-Presse",
    markers: ["AFP"],
    aliases: ["Agence France-Presse", "Agence France Presse", "AFP News"],
  },
  {
    code: "Reuters",
    name: "Reuters",
    markers: ["Reuters", "REUTERS"],
    aliases: ["Thomson Reuters", "Reuters News"],
  },
  {
    code: "AP",
    name: "Associated Press",
    markers: ["AP"],
    aliases: ["Associated Press", "The Associated Press", "AP News"],
  },
  {
    code: "UPI",
    name: "United Press International",
    markers: ["UPI"],
    aliases: ["United Press International"],
  },
  {
    code: "Xinhua",
    name: "Xinhua News Agency",
    markers: ["Xinhua"],
    aliases: ["Xinhua News Agency", "Xinhuanet", "Xinhua Net", "New China News Agency"],
  },
  {
    code: "dpa",
    name: "Deutsche Presse-Agentur",
    markers: ["dpa", "DPA"],
    aliases: ["Deutsche Presse-Agentur", "dpa-infocom", "dpa international"],
  },
  { code: "Kyodo", name: "Kyodo News", markers: ["Kyodo", "KYODO"], aliases: ["Kyodo News"] },
  { code: "Yonhap", name: "Yonhap News Agency", markers: ["Yonhap"], aliases: ["Yonhap News Agency"] },
  {
    code: "AAP",
    name: "Australian Associated Press",
    markers: ["AAP"],
    aliases: ["Australian Associated Press"],
  },
  { code: "PTI", name: "Press Trust of India", markers: ["PTI"], aliases: ["Press Trust of India"] },
  { code: "ANI", name: "Asian News International", markers: ["ANI"], aliases: ["Asian News International"] },
  { code: "IANS", name: "Indo-Asian News Service", markers: ["IANS"], aliases: ["Indo-Asian News Service"] },
  { code: "UNI", name: "United News of India", markers: ["UNI"], aliases: ["United News of India"] },
  {
    code: "Bernama",
    name: "Bernama",
    markers: ["Bernama", "BERNAMA"],
    aliases: ["Malaysian National News Agency"],
  },
  {
    code: "Anadolu",
    name: "Anadolu Agency",
    markers: ["AA", "Anadolu"],
    aliases: ["Anadolu Agency", "Anadolu Ajansı", "Anadolu Ajansi"],
  },
  { code: "EFE", name: "Agencia EFE", markers: ["EFE"], aliases: ["Agencia EFE"] },
  { code: "ANSA", name: "Agenzia Nazionale Stampa Associata", markers: ["ANSA"], aliases: ["Agenzia ANSA"] },
  { code: "Interfax", name: "Interfax", markers: ["Interfax"], aliases: ["Interfax News Agency"] },
  {
    code: "TASS",
    name: "TASS Russian News Agency",
    markers: ["TASS", "ITAR-TASS"],
    aliases: ["TASS Russian News Agency"],
  },
  { code: "RIA", name: "RIA Novosti", markers: ["RIA Novosti"], aliases: [] },
  {
    code: "Bloomberg",
    name: "Bloomberg News",
    markers: ["Bloomberg"],
    aliases: ["Bloomberg News", "Bloomberg L.P."],
  },
  { code: "Jiji", name: "Jiji Press", markers: ["Jiji"], aliases: ["Jiji Press"] },
  { code: "Antara", name: "Antara News Agency", markers: ["Antara"], aliases: ["Antara News Agency"] },
  {
    code: "KCNA",
    name: "Korean Central News Agency",
    markers: ["KCNA"],
    aliases: ["Korean Central News Agency"],
  },
  {
    code: "IRNA",
    name: "Islamic Republic News Agency",
    markers: ["IRNA"],
    aliases: ["Islamic Republic News Agency"],
  },
  { code: "Lusa", name: "Agência Lusa", markers: ["Lusa"], aliases: ["Agência Lusa", "Agencia Lusa"] },
  {
    code: "ANP",
    name: "Algemeen Nederlands Persbureau",
    markers: ["ANP"],
    aliases: ["Algemeen Nederlands Persbureau"],
  },
  { code: "Belga", name: "Belga News Agency", markers: ["Belga"], aliases: ["Belga News Agency"] },
  {
    code: "PAP",
    name: "Polish Press Agency",
    markers: ["PAP"],
    aliases: ["Polska Agencja Prasowa", "Polish Press Agency"],
  },
  { code: "APA", name: "Austria Presse Agentur", markers: ["APA"], aliases: ["Austria Presse Agentur"] },
  { code: "Ukrinform", name: "Ukrinform", markers: ["Ukrinform"], aliases: [] },
  { code: "KUNA", name: "Kuwait News Agency", markers: ["KUNA"], aliases: ["Kuwait News Agency"] },
  { code: "WAM", name: "Emirates News Agency", markers: ["WAM"], aliases: ["Emirates News Agency"] },
  { code: "SPA", name: "Saudi Press Agency", markers: ["SPA"], aliases: ["Saudi Press Agency"] },
  { code: "MENA", name: "Middle East News Agency", markers: ["MENA"], aliases: ["Middle East News Agency"] },
  { code: "SPX", name: "SpaceDaily", markers: ["SPX"], aliases: ["Space Media Network", "SpaceDaily"] },
];

const BY_MARKER = new Map<string, Agency>();
const BY_ALIAS = new Map<string, Agency>();
for (const agency of AGENCIES) {
  for (const marker of agency.markers) BY_MARKER.set(marker.toLowerCase(), agency);
  for (const alias of [agency.name, agency.code, ...agency.aliases])
    BY_ALIAS.set(alias.toLowerCase(), agency);
}

/** The agency whose dateline marker this is ("AFP", "dpa"), matched without regard to case. */
export function agencyByMarker(marker: string): Agency | undefined {
  return BY_MARKER.get(marker.toLowerCase());
}

/** The agency known by this name, code or alias ("Thomson Reuters", "Agence France-Presse"). */
export function agencyByName(name: string): Agency | undefined {
  return BY_ALIAS.get(name.trim().toLowerCase());
}

/** Any spelling of an agency: marker, code, full name or alias. */
export function agencyBySpelling(word: string): Agency | undefined {
  return agencyByMarker(word) ?? agencyByName(word);
}

export function toSource(agency: Agency): Source {
  return { code: agency.code, name: agency.name };
}

/** Every marker, longest first, so that "ITAR-TASS" wins over "TASS" in an alternation. */
export function allMarkers(): string[] {
  return [...BY_MARKER.keys()].sort((a, b) => b.length - a.length);
}

const NAMES = [...BY_ALIAS.keys()].filter((name) => name.length > 3).sort((a, b) => b.length - a.length);

/** Every full name and alias, longest first. */
export function allNames(): string[] {
  return NAMES;
}

/** Every spelling (markers, codes, names, aliases), longest first, for building alternations. */
export function allSpellings(): string[] {
  return [...new Set([...BY_MARKER.keys(), ...BY_ALIAS.keys()])].sort((a, b) => b.length - a.length);
}

/**
 * The short spellings (three letters or fewer) as the registry writes them, each as a code or marker of the
 * agency it is looked up as: a set, so the check below builds no list for each word it is asked about.
 */
const SHORT_AS_REGISTERED = new Set(
  AGENCIES.flatMap((agency) => [agency.code, ...agency.markers]).filter((spelling) => {
    const agency = spelling.length <= 3 ? agencyBySpelling(spelling) : undefined;
    return agency !== undefined && (agency.code === spelling || agency.markers.includes(spelling));
  }),
);

/** A short spelling ("AP", "AA") only counts in the registry's own case: "ap" or "Aa" is a word, not AP. */
export function spelledAsRegistered(word: string): boolean {
  if (word.length > 3 || SHORT_AS_REGISTERED.has(word)) return true;
  return word.toLowerCase() === "dpa";
}

// "-" needs no escape outside a class (and may not have one under the u flag).
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Any agency spelling as a whole word; alternatives are literal words, so matching stays linear. Built on
 * first use: a caseless Unicode alternation of every spelling costs milliseconds to build, and most
 * dispatches name their agency in the dateline and never need it.
 */
let agencyWord: RegExp | undefined;

function agencyWordPattern(): RegExp {
  agencyWord ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${allSpellings().map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return agencyWord;
}

/** The first agency a piece of text names ("— Reuters", "(Lukas Coch/AAP PHOTOS)"), or undefined. */
export function agencyIn(text: string): Agency | undefined {
  const pattern = agencyWordPattern();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (spelledAsRegistered(m[0])) return agencyBySpelling(m[0]);
  }
  return undefined;
}

/** A whole line that is nothing but an agency's name: "AFP", "— Reuters", "Australian Associated Press". */
export function agencyLine(line: string): Agency | undefined {
  const text = line.trim();
  const bare = mayBeWrapped(text)
    ? text
        .replace(/^(?:[-–—=]{1,3}\s{0,2}|By\s{1,3}|Source:\s{0,3})/i, "")
        .replace(/^\((.{1,40})\)\.?$/, "$1")
        .replace(/[.\s]+$/, "")
    : text;
  return spelledAsRegistered(bare) ? agencyBySpelling(bare) : undefined;
}

/** The characters a dash, "By", "Source:" or a bracket start with, as agencyLine strips them. */
const WRAPPING_STARTS = new Set([..."-–—=(bBsS"].map((mark) => mark.charCodeAt(0)));

/**
 * Could agencyLine strip anything from this trimmed line: a dash, "By" or "Source:" or a bracket before the
 * name, or stops after it? Most lines it is asked about start with a letter of no such word and end with
 * another, and are looked up as they are, without three pattern runs that would each leave them unchanged.
 */
function mayBeWrapped(text: string): boolean {
  return WRAPPING_STARTS.has(text.charCodeAt(0)) || text.charCodeAt(text.length - 1) === 0x2e;
}

/**
 * A section title that opens with an agency's name: "AFP Top News", "AFP Africa", "Reuters World News".
 * The agency, or undefined for anything else (a sentence, a headline that merely starts with "AFP").
 */
export function sectionAgency(line: string): Agency | undefined {
  const words = line.trim().split(/\s+/);
  const slug = digestSlug(words);
  if (slug) return slug;
  if (words.length < 2 || words.length > 6 || /[.,:;!?"“”]/.test(line)) return undefined;
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    const rest = words.slice(n);
    if (spelledAsRegistered(name) && agencyBySpelling(name) && rest.every(isSectionWord)) {
      return agencyBySpelling(name);
    }
  }
  return undefined;
}

/** Lower-case words a digest's title may hold after the agency: "Kyodo news summary -3-". */
const DIGEST_WORDS = new Set([
  "news",
  "summary",
  "summaries",
  "digest",
  "roundup",
  "round-up",
  "briefs",
  "headlines",
]);

function isSectionWord(word: string): boolean {
  return /^[\p{Lu}&]/u.test(word) || DIGEST_WORDS.has(word) || /^-?\d{1,3}-?$/.test(word);
}

/**
 * The slug line over a digest of short stories, which names the agency once for all of them: "TOKYO, Nov. 3
 * Kyodo" (a place in capitals, a comma, a date, the agency's name, nothing else).
 */
function digestSlug(words: string[]): Agency | undefined {
  if (words.length < 4 || words.length > 8) return undefined;
  const name = words[words.length - 1] as string;
  const agency = spelledAsRegistered(name) ? agencyBySpelling(name) : undefined;
  if (!agency) return undefined;
  const comma = words.findIndex((word) => word.endsWith(","));
  if (comma === -1 || comma > 3) return undefined;
  const place = words
    .slice(0, comma + 1)
    .join(" ")
    .slice(0, -1);
  if (!/^[A-Z][A-Z .'-]{1,40}$/.test(place)) return undefined;
  const date = words.slice(comma + 1, -1).join(" ");
  const read = readDate(date);
  return read && read.length >= date.length ? agency : undefined;
}
