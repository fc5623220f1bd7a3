import type { DebrisRule } from "./rule.js";

export const imageRules: DebrisRule[] = [
  {
    id: "image-placeholder",
    description: "Markdown images left by the scraper: ![]() and ![alt](url)",
    scope: "inline",
    // No bracket inside: every start holds one, so a failed try stops at the next start (linear time).
    pattern: /!\[[^[\]\n]{0,500}\]\([^)[\]\n]{0,2000}\)/g,
    needs: ["!["],
  },
  {
    id: "image-placeholder",
    description:
      "A picture's bracketed stand-in alone on its line: '[Photo: AFP]', '[Image]', '[Video: Reuters]'",
    scope: "line",
    pattern:
      /^\[(?:Photo|Image|Picture|Video|Graphic|Illustration|File photo)(?:\s{0,3}[:/]\s{0,3}[^\]\n]{1,80})?\]$/i,
  },
  {
    id: "empty-link",
    description: "Links with no text: [](url)",
    scope: "inline",
    pattern: /\[\]\([^)[\]\n]{0,2000}\)/g,
    needs: ["[]("],
  },
];
