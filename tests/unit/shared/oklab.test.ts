import { describe, expect, it } from 'vitest';
import { hexToLinear, inGamut, linearToHex, linearToOklab, luminance, oklabToLinear } from '../../../src/shared/oklab';
import { SPEAKER_COLOURS } from '../../../src/shared/speakers';

describe('OKLab and luminance', () => {
  it('knows white, black and a primary (values of the OKLab reference)', () => {
    expect(linearToOklab(hexToLinear('#ffffff'))[0]).toBeCloseTo(1, 4);
    expect(linearToOklab(hexToLinear('#000000'))).toEqual([0, 0, 0]);
    const red = linearToOklab(hexToLinear('#ff0000'));
    expect(red[0]).toBeCloseTo(0.628, 3);
    expect(red[1]).toBeCloseTo(0.2249, 3);
    expect(red[2]).toBeCloseTo(0.1258, 3);
    expect(luminance(hexToLinear('#ffffff'))).toBeCloseTo(1, 6);
    expect(luminance(hexToLinear('#777777'))).toBeCloseTo(0.1845, 3);
  });

  it('goes to OKLab and back without changing a colour', () => {
    for (const hex of [...SPEAKER_COLOURS, '#000000', '#ffffff', '#2f7fc1']) expect(linearToHex(oklabToLinear(linearToOklab(hexToLinear(hex))))).toBe(hex);
  });

  it('tells displayable colours from the others', () => {
    expect(inGamut(hexToLinear('#0fd3c3'))).toBe(true);
    expect(inGamut(oklabToLinear([0.6, 0.4, 0]))).toBe(false);
  });
});
