import { describe, expect, it } from 'vitest';
import { QUOTE_MARK_RULES, isBetweenQuoteMarks } from '../../../src/content/quote-marks';

const quoted = (text: string, quote: string, from = 0): boolean => {
  const at = text.indexOf(quote, from);
  if (at < 0) throw new Error(`${quote} not in ${text}`);
  return isBetweenQuoteMarks(text, at, at + quote.length);
};

describe('quotation marks around a quote', () => {
  it('every rule quotes its own example', () => {
    for (const rule of QUOTE_MARK_RULES) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      for (const example of rule.examples) {
        const inner = example.slice(example.indexOf(rule.open) + 1, example.lastIndexOf(rule.close)).trim();
        expect(quoted(example, inner), `${rule.id}: ${example}`).toBe(true);
      }
    }
  });

  it('a phrase between marks is quoted, the same words elsewhere are not', () => {
    const text = 'Il parle d’un « mémorandum argumenté » ; ce mémorandum argumenté arrive.';
    expect(quoted(text, 'mémorandum argumenté')).toBe(true);
    expect(quoted(text, 'mémorandum argumenté', 40)).toBe(false);
    expect(quoted('Obama said it was "distressing".', 'distressing')).toBe(true);
    expect(quoted('a distressing day', 'distressing')).toBe(false);
    expect(quoted('“not enough” and not enough', 'not enough', 5)).toBe(false);
  });

  it('only part of a quotation is not the quote', () => {
    expect(quoted('“we will not stop here”', 'will not stop')).toBe(false);
    expect(quoted('“we will not stop here”', 'we will')).toBe(false);
  });

  it('a quote running to the end of its paragraph (continued in the next) is quoted', () => {
    expect(quoted('He said: “the first part\n“the second part.”', 'the first part')).toBe(true);
    expect(quoted('He said: “the first part', 'the first part')).toBe(true);
  });

  it('an apostrophe is no quotation mark', () => {
    expect(quoted("l'Assemblée' vote", 'Assemblée')).toBe(false);
  });
});
