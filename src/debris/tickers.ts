import type { DebrisRule } from "./rule.js";

/** Several quotes with arrows: "Brent $67.40 ▼0.6% | WTI $63.90 ▼0.6%". */
function quoteBoard(text: string): boolean {
  return (text.match(/[▲▼△▽↑↓]/g) ?? []).length >= 2;
}

export const tickerRules: DebrisRule[] = [
  {
    id: "ticker",
    description: "Market tickers: a line of prices with up/down arrows",
    scope: "line",
    pattern: /^[^\n]{0,300}[▲▼△▽↑↓][^\n]{0,300}$/,
    needs: ["▲", "▼", "△", "▽", "↑", "↓"],
    accept: quoteBoard,
  },
  {
    id: "ticker",
    description: "Breaking-news bars: 'BREAKING: …', 'JUST IN: …', 'LIVE: …'",
    scope: "line",
    pattern:
      /^(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|JUST IN|Just [Ii]n|LIVE|DEVELOPING|FLASH|ALERT)\s{0,3}[:|–—]\s{0,3}\S[^\n]{0,200}$/,
  },
];
