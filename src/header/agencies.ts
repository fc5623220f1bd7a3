import type { Source } from "../record.js";

/**
 * The registry of news agencies. Adding an agency is adding an entry here (and a fixture).
 * `markers` are the spellings that appear inside a dateline's brackets or slashes: "(AFP)", "/TASS/".
 * `aliases` are the fuller names that appear in copyright notices, credits and captions.
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
    aliases: ["Agence France-Presse", "Agence France Presse"],
  },
  {
    code: "Reuters",
    name: "Reuters",
    markers: ["Reuters"],
    aliases: ["Thomson Reuters", "Reuters News"],
  },
  {
    code: "AP",
    name: "Associated Press",
    markers: ["AP"],
    aliases: ["Associated Press", "The Associated Press"],
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
    aliases: ["Xinhua News Agency", "Xinhuanet"],
  },
  {
    code: "dpa",
    name: "Deutsche Presse-Agentur",
    markers: ["dpa", "DPA"],
    aliases: ["Deutsche Presse-Agentur"],
  },
  { code: "Kyodo", name: "Kyodo News", markers: ["Kyodo"], aliases: ["Kyodo News"] },
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
  { code: "Bernama", name: "Bernama", markers: ["Bernama"], aliases: ["Malaysian National News Agency"] },
  {
    code: "Anadolu",
    name: "Anadolu Agency",
    markers: ["AA", "Anadolu"],
    aliases: ["Anadolu Agency", "Anadolu Ajansı"],
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
  {
    code: "Bloomberg",
    name: "Bloomberg News",
    markers: ["Bloomberg"],
    aliases: ["Bloomberg News", "Bloomberg L.P."],
  },
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

export function toSource(agency: Agency): Source {
  return { code: agency.code, name: agency.name };
}

/** Every marker, longest first, so that "ITAR-TASS" wins over "TASS" in an alternation. */
export function allMarkers(): string[] {
  return [...BY_MARKER.keys()].sort((a, b) => b.length - a.length);
}

/** Every full name and alias, longest first. */
export function allNames(): string[] {
  return [...BY_ALIAS.keys()].filter((name) => name.length > 3).sort((a, b) => b.length - a.length);
}
