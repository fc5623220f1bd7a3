/**
 * Blank-line and trim checks for the header readers, which ask them of every line of a page. Most lines
 * are empty or open and end with a printable ASCII character: those are answered without a call to trim,
 * whose cost is a large part of looking at a line at all.
 */

/** A line that holds more than white space: `text.trim() !== ""`. */
export function holdsText(text: string): boolean {
  if (text.length === 0) return false;
  return isPrintableAscii(text.charCodeAt(0)) || text.trim() !== "";
}

/** `text.trim()`, sparing the call when neither end can be white space. */
export function trimmed(text: string): string {
  const clean = isPrintableAscii(text.charCodeAt(0)) && isPrintableAscii(text.charCodeAt(text.length - 1));
  return clean ? text : text.trim();
}

/** "!" to "~": never white space. False for NaN, past either end of the text. */
function isPrintableAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}
