// Colour arithmetic for the colours derived from the speaker palette (speakers' names on the page):
// sRGB hex ↔ OKLab (Björn Ottosson's perceptual space: equal distances look about equally
// different, and lightness is separate from hue and chroma) and the WCAG relative luminance.

/** Linear-light sRGB, each channel 0..1 (outside it: not displayable). */
export type LinearRgb = [number, number, number];
/** OKLab: lightness 0..1, then the a (green–red) and b (blue–yellow) axes. */
export type Oklab = [number, number, number];

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number): number => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** "#rrggbb" → linear-light sRGB. */
export function hexToLinear(hex: string): LinearRgb {
  return [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as LinearRgb;
}

/** The 0..255 sRGB channels of a linear-light colour (clamped to the displayable range). */
export function linearToBytes(rgb: LinearRgb): LinearRgb {
  return rgb.map((c) => Math.round(toGamma(Math.min(1, Math.max(0, c))) * 255)) as LinearRgb;
}

/** Linear-light sRGB → "#rrggbb" (clamped to the displayable range). */
export function linearToHex(rgb: LinearRgb): string {
  return `#${linearToBytes(rgb)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

export function inGamut(rgb: LinearRgb): boolean {
  return rgb.every((c) => c >= -1e-7 && c <= 1 + 1e-7);
}

export function linearToOklab([r, g, b]: LinearRgb): Oklab {
  const l = Math.cbrt(0.4122214708 * r + 0.5363020932 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

export function oklabToLinear([L, a, b]: Oklab): LinearRgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

/** WCAG relative luminance of a linear-light colour. */
export function luminance([r, g, b]: LinearRgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
