import { allNames } from "../header/agencies.js";
import type { DebrisRule } from "./rule.js";

export const copyrightRules: DebrisRule[] = [
  {
    id: "copyright-notice",
    description:
      "Agency copyright notices: 'All rights reserved. Copyright Agence France-Presse…', '© 2025 AFP', 'Tous droits réservés', 'RIPRODUZIONE RISERVATA © Copyright ANSA'",
    scope: "line",
    // "Copyright Office officials said…" is story text: a bare "Copyright Name" only counts on a short line
    // (120 characters in all). The length is checked after the word, so other lines are not scanned for it.
    pattern:
      /^(?:All rights reserved\b|ALL RIGHTS RESERVED\b|©|\(c\)\s{0,5}(?:\d{4}\b|[A-Z])|Copyright\s{1,5}(?:©|\(c\)|\d{4}\b)|Copyright(?=[^\n]{0,111}$)\s{1,5}[A-Z]|Tous droits (?:de reproduction [^\n]{0,60})?réservés|Alle Rechte vorbehalten|Todos los derechos reservados|Tutti i diritti riservati|RIPRODUZIONE RISERVATA|Riproduzione riservata)/,
    keepAs: "copyright",
  },
];

/**
 * The rights holder a notice names: "Copyright Agence France-Presse." -> "Agence France-Presse",
 * "© 2025 AFP" -> "AFP". Null when the notice names none.
 */
export function rightsHolder(notice: string): string | null {
  const m =
    /(?:Copyright|©|\(c\))\s{0,3}(?:(?:©|Copyright)\s{0,3})?(?:\d{4}(?:\s{0,3}[-–]\s{0,3}\d{4})?\s{0,3})?,?\s{0,3}/.exec(
      notice,
    );
  if (!m) return null;
  const rest = notice.slice(m.index + m[0].length, m.index + m[0].length + 120);
  const lower = rest.toLowerCase();
  const agency = allNames().find(
    (name) => lower.startsWith(name) && !/[\p{L}]/u.test(rest[name.length] ?? ""),
  );
  if (agency) return rest.slice(0, agency.length);
  // Otherwise the capitalised words up to the end of the sentence: "Copyright Space Media Network."
  const words = /^[\p{Lu}][^\s.,;|]{0,40}(?:\s[\p{Lu}&][^\s.,;|]{0,40}){0,5}/u.exec(rest);
  const holder = words?.[0].trim() ?? "";
  return holder === "" || /^All$/.test(holder) ? null : holder;
}
