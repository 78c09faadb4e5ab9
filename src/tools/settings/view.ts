/**
 * The words of the settings page's commission bracket rows, written once for the server render
 * (BracketRow.astro) and for the rows the editor adds, removes and renumbers (element.ts).
 */

/** Bracket row `index` (0-based) of `count`: the last is the open top bracket, which has a rate only. */
export function bracketWords(index: number, count: number): { upTo: string; rate: string; remove: string } {
  const n = index + 1;
  return {
    upTo: `Bracket ${n} up to`,
    rate: index === count - 1 ? 'Top bracket rate (%)' : `Bracket ${n} rate (%)`,
    remove: `Remove bracket ${n}`,
  };
}
