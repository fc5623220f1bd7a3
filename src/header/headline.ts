/** Cleans a headline candidate: trailing separators and the scraper's doubled spaces go. */
export function cleanHeadline(text: string): string | null {
  const cleaned = text
    .replace(/\s+/g, " ")
    .replace(/^[\s|:–—-]+|[\s|:–—-]+$/g, "")
    .trim();
  return cleaned === "" ? null : cleaned;
}

/** Could this line stand alone as a headline? Short, and not a sentence ending in a full stop. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  return (text.length > 0 && text.length <= 250 && !/[.,;]$/.test(text)) || /[?!]$/.test(text);
}
