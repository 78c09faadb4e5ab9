/**
 * The tiered model's bracket list: what makes it usable, and the `brackets` URL parameter that
 * carries it. Only the brackets editor, loaded with the tiered model, needs it in the browser; the
 * commission itself is `tieredCommission` in model.ts.
 */
import { MAX_MONEY } from '../../calculator/limits';
import { MAX_BRACKETS } from '../../calculator/settings';
import type { Bracket } from './model';

/** A bracket list in a URL is short; anything longer is not one we wrote. */
export const maxBracketsTextLength = 200;

/**
 * Problems with a bracket list, as sentences; empty when the list is usable.
 * Rates may not fall as volume rises: a tiered plan rewards volume, and the rule
 * "marginal never pays more than whole" depends on it.
 */
export function validateBrackets(brackets: readonly Bracket[]): string[] {
  const problems: string[] = [];
  if (brackets.length === 0) return ['Add at least one bracket.'];
  if (brackets.length > MAX_BRACKETS) problems.push(`Use at most ${MAX_BRACKETS} brackets.`);
  brackets.forEach((bracket, index) => {
    const name = `Bracket ${index + 1}`;
    const isLast = index === brackets.length - 1;
    if (!Number.isFinite(bracket.rate) || bracket.rate < 0 || bracket.rate > 100) {
      problems.push(`${name}: enter a rate from 0 to 100.`);
    }
    if (isLast) {
      if (bracket.upTo !== null) problems.push(`${name}: the top bracket has no upper limit.`);
    } else if (bracket.upTo === null) {
      problems.push(`${name}: only the top bracket may be open-ended.`);
    } else if (!Number.isFinite(bracket.upTo) || bracket.upTo <= 0 || bracket.upTo > MAX_MONEY) {
      problems.push(`${name}: enter an upper limit above 0 and at most ${MAX_MONEY.toLocaleString('en-US')}.`);
    }
  });
  return [...problems, ...bracketOrderProblems(brackets).map((p) => `Bracket ${p.index + 1}: ${p.message}`)];
}

export interface BracketProblem {
  /** Index of the bracket whose field breaks the rule. */
  index: number;
  field: 'upTo' | 'rate';
  message: string;
}

/** The two rules that span brackets: upper limits rise, and rates never fall. One entry per field at fault. */
export function bracketOrderProblems(brackets: readonly Bracket[]): BracketProblem[] {
  const problems: BracketProblem[] = [];
  brackets.forEach((bracket, index) => {
    const previous = brackets[index - 1];
    if (!previous) return;
    if (bracket.upTo !== null && previous.upTo !== null && bracket.upTo <= previous.upTo) {
      const limit = previous.upTo.toLocaleString('en-US');
      problems.push({ index, field: 'upTo', message: `Enter a limit above ${limit}, the limit of bracket ${index}.` });
    }
    if (bracket.rate < previous.rate) {
      const rate = `${previous.rate}%`;
      problems.push({
        index,
        field: 'rate',
        message: `Enter a rate of at least ${rate}: a higher bracket never pays less.`,
      });
    }
  });
  return problems;
}

/**
 * Reads the `brackets` query parameter: upper-limit:rate pairs separated by commas, with the
 * open top bracket given as its rate alone. The default list is `100000:20,250000:25,30`.
 */
export function parseBrackets(text: string): { ok: true; brackets: Bracket[] } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, message: 'Enter at least one bracket.' };
  if (trimmed.length > maxBracketsTextLength) {
    return { ok: false, message: `The bracket list is longer than ${maxBracketsTextLength} characters.` };
  }
  const parts = trimmed.split(',').map((part) => part.trim());
  const brackets: Bracket[] = [];
  for (const [index, part] of parts.entries()) {
    const isLast = index === parts.length - 1;
    const match = isLast
      ? /^(?:(\d+(?:\.\d+)?):)?(\d+(?:\.\d+)?)$/.exec(part)
      : /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(part);
    if (!match) {
      return {
        ok: false,
        message: isLast
          ? `Bracket ${index + 1} ("${part}") should be the top rate, such as 30.`
          : `Bracket ${index + 1} ("${part}") should be an upper limit and a rate, such as 100000:20.`,
      };
    }
    if (isLast && match[1] !== undefined) {
      return { ok: false, message: 'The last bracket is open-ended: give its rate alone, such as 30.' };
    }
    brackets.push({ upTo: isLast ? null : Number(match[1]), rate: Number(match[2]) });
  }
  const problems = validateBrackets(brackets);
  return problems.length > 0 ? { ok: false, message: problems.join(' ') } : { ok: true, brackets };
}

export function formatBrackets(brackets: readonly Bracket[]): string {
  return brackets.map((b) => (b.upTo === null ? `${b.rate}` : `${b.upTo}:${b.rate}`)).join(',');
}
