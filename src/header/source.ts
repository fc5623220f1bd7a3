import { rightsHolder } from "../debris/copyright.js";
import type { PageDispatch } from "../dispatches.js";
import type { Source } from "../record.js";
import { type Agency, agencyByName, agencyIn, allNames, toSource } from "./agencies.js";

/** Debris whose text names the story's agency, strongest first ("— Reuters" beats a photo credit). */
const SIGNAL_RULES = [
  "agency-signoff",
  "agency-credit",
  "syndication-note",
  "copyright-notice",
  "photo-caption",
];

/**
 * The dateline's agency; failing that, one the header names (meta line, headline suffix), then one named
 * by the story's own copyright notice, sign-off, syndication note or photo credits, then by a section title
 * over the page ("AFP Top News"), in that order.
 */
export function sourceOf(dispatch: PageDispatch): Source | null {
  const parts = dispatch.segmented;
  const agency: Agency | null | undefined = parts.dateline?.agency ?? parts.agency;
  if (agency) return toSource(agency);
  for (const notice of dispatch.ownNotices) {
    const holder = rightsHolder(notice);
    const named = holder ? agencyByName(holder) : undefined;
    if (named) return toSource(named);
  }
  for (const rule of SIGNAL_RULES) {
    for (const removal of dispatch.removed.filter((r) => r.rule === rule)) {
      const found = agencyIn(removal.text) ?? aliasIn(removal.text);
      if (found) return toSource(found);
    }
  }
  const section = parts.sectionAgency ?? dispatch.section;
  return section ? toSource(section) : null;
}

function aliasIn(text: string): Agency | undefined {
  const lower = text.toLowerCase();
  const alias = allNames().find((name) => lower.includes(name));
  return alias ? agencyByName(alias) : undefined;
}
