import { describe, expect, it } from '@jest/globals';
import { findCredit } from '../../src/core/credit.js';

const credit = (caption: string) => {
  const span = findCredit(caption);
  return span === undefined ? undefined : caption.slice(span.start, span.end);
};

describe('split: photo credits', () => {
  it('test_credit_in_parentheses', () => {
    expect(credit('Wang Yi attends the summit in Kazan, Russia October 23, 2024. (Sputnik/Alexander Kazakov/Pool via Reuters)')).toBe(
      'Sputnik/Alexander Kazakov/Pool via Reuters',
    );
    expect(credit('A man walks past. (AFP)')).toBe('AFP');
  });

  it('test_credit_after_a_dash', () => {
    expect(credit('Western countries moved a resolution at the IAEA to censure Iran over its nuclear program - AFP')).toBe('AFP');
  });

  it('test_credit_after_the_last_sentence', () => {
    expect(credit('02 November 2024, Iran, Tehran: Ali Khamenei waves to the crowd in Tehran. Office/ZUMA Press Wire/dpa')).toBe(
      'Office/ZUMA Press Wire/dpa',
    );
  });

  it('test_credit_labelled_photo_by', () => {
    expect(credit('Crowds gather in the square. Photo: Jane Doe/AP')).toBe('Jane Doe/AP');
  });

  it('test_credit_absent_in_plain_prose', () => {
    expect(credit('The minister speaks in Paris on Monday.')).toBeUndefined();
    expect(credit('Smoke rises over the city (file photo taken last year)')).toBeUndefined();
    expect(credit('Protesters gather - some of them for the first time')).toBeUndefined();
  });
});
