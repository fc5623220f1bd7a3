import { agencyIn, agencyLine } from "../header/agencies.js";
import type { DebrisRule } from "./rule.js";

const PHOTO_WORDS = /\b(?:File|Photo|Photos|PHOTO|PHOTOS|Image|Images|Pool|Handout|Getty|EPA|Stringer|via)\b/;

/**
 * "(AFP/File)", "(Lukas Coch/AAP PHOTOS)", "(AFP Photo/John Smith)": the credit that ends a caption.
 * A bracket that merely names an agency in a sentence ("(Reuters/Ipsos)") is not one.
 */
function photoCredit(text: string): boolean {
  const open = text.lastIndexOf("(");
  const credit = text.slice(open + 1, -1);
  if (open === -1 || credit.length > 80) return false;
  if (PHOTO_WORDS.test(credit)) return true;
  // "This photo, provided by …, shows … (PHOTO NOT FOR SALE) (Yonhap)": the agency alone, after a caption.
  if (agencyLine(credit) && /\b(?:photo|image|picture)\b/i.test(text.slice(0, open))) return true;
  // "AGENCY/Firstname Lastname" or "Firstname Lastname/AGENCY"
  const sides = credit.split("/").map((side) => side.trim());
  return (
    sides.length === 2 &&
    agencyIn(credit) !== undefined &&
    sides.some((side) => /^[\p{Lu}][\p{L}'’.-]{1,30}(?: [\p{Lu}][\p{L}'’.-]{1,30}){1,3}$/u.test(side))
  );
}

export const captionRules: DebrisRule[] = [
  {
    id: "photo-caption",
    description:
      "Photo captions ending in a credit: 'A farmer inspects a canal (AFP/File)', kept as captions",
    scope: "line",
    pattern: /^[^\n]{0,300}\([^()\n]{2,80}\)\.?$/,
    needs: [")"],
    accept: (text) => photoCredit(text.replace(/\.$/, "")),
    keepAs: "captions",
  },
  {
    id: "photo-caption",
    description:
      "Photo credit lines: 'Photo: AFP', 'Image credit: NASA', 'FILE PHOTO: …', '… REUTERS/Jane Doe', kept as captions",
    scope: "line",
    pattern:
      /^(?:(?:Photo|Photograph|Image|Picture|Foto|Bild)(?: credit)?s?\s?:[^\n]{1,200}|(?:Photo|Photograph) by [^\n]{1,120}|FILE PHOTO:[^\n]{1,400}|[^\n]{0,400} (?:REUTERS|AFP PHOTO|AP Photo)\/[^\n]{1,80})$/,
    needs: ["Photo", "PHOTO", "Image", "Picture", "Foto", "Bild", "REUTERS/"],
    keepAs: "captions",
  },
  {
    id: "photo-caption",
    description:
      "A picture's source and caption as some sites label them, and a picture agency's credit alone: 'Image source, Getty Images', 'Image caption, Rescuers at the scene', 'Getty Images', kept as captions",
    scope: "line",
    pattern:
      /^(?:(?:Image|Video) (?:source|caption),\s{1,3}[^\n]{1,300}|Getty Images|AFP via Getty Images|(?:AP|AFP|Reuters|EPA|EPA-EFE|Bloomberg) Photos?|Shutterstock)$/,
    keepAs: "captions",
  },
  {
    id: "photo-caption",
    description:
      "Captions ending in a courtesy credit: 'Researchers tow radar equipment across the ice. Photo courtesy of the University of Bristol', kept as captions",
    scope: "line",
    pattern:
      /^(?:[^\n]{1,300}[.!?]\s{1,3})?(?:Photo|Photos|Photograph|Image|Images|Picture|Video) (?:courtesy of|courtesy|by courtesy of) [^\n.!?]{1,120}\.?$/,
    // The pictures' names rather than "courtesy": the caption rule above looks for most of them already.
    needs: ["Photo", "Image", "Picture", "Video"],
    keepAs: "captions",
  },
];
