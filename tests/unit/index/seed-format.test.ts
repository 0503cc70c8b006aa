import { describe, expect, it } from 'vitest';
import { isSeedFormat, parseMarkdown, parsePlainText, parseSeed } from '../../../src/index/seed-format';

describe('seed format', () => {
  it('reads the date and title from the first line and the paragraphs after it', () => {
    const doc = parseSeed('000_x', ' date 2022-09 Un titre « cité »\n\nPremier paragraphe.\n\nSecond.\n');
    expect(doc).toEqual({ id: '000_x', date: '2022-09', title: 'Un titre « cité »', text: 'Premier paragraphe.\n\nSecond.' });
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    expect(isSeedFormat('\uFEFF date 2020-01 Title\r\n\r\nBody')).toBe(true);
    expect(parseSeed('a', '\uFEFF date 2020-01 Title\r\n\r\nBody').text).toBe('Body');
  });

  it('rejects a first line that is not a seed header', () => {
    expect(isSeedFormat('Just a title\n\nBody')).toBe(false);
    expect(() => parseSeed('a', 'Just a title')).toThrow(/date YYYY-MM/);
  });

  it('takes the first non-empty line of plain text as its title', () => {
    expect(parsePlainText('p', '\n\nHeadline here\n\nBody text.')).toMatchObject({ title: 'Headline here', text: 'Body text.', date: null });
    expect(() => parsePlainText('p', '  \n ')).toThrow(/empty/);
  });

  it('reduces Markdown to plain text', () => {
    const doc = parseMarkdown('m', '# The *title*\n\nSome [linked](http://x.test) **bold** text.\n\n- item');
    expect(doc.title).toBe('The title');
    expect(doc.text).toBe('Some linked bold text.\n\nitem');
  });
});
