// Draws the toolbar icons (a magnifying lens over highlighted text lines) as PNGs at 16, 32, 48
// and 128 px, with 4×4 supersampling. No image library: a tiny PNG encoder over node:zlib.
//   tsx scripts/draw-icons.ts        (writes icons/icon-N.png)
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
const BLUE: RGBA = [31, 95, 139, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const YELLOW: RGBA = [255, 205, 40, 255];
const LINE: RGBA = [170, 200, 222, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

/** Colour of the point (x, y) in a 1×1 design space. */
function paint(x: number, y: number): RGBA {
  const r = 0.2; // corner radius of the tile
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return CLEAR;
  const cx = 0.42, cy = 0.42, outer = 0.27, inner = 0.2;
  const d = Math.hypot(x - cx, y - cy);
  // Handle: a thick segment from the ring towards the bottom-right corner.
  const t = ((x - cx) + (y - cy)) / 2;
  const off = Math.abs((x - cx) - (y - cy)) / Math.SQRT2;
  if (t > outer / Math.SQRT2 - 0.02 && t < 0.4 && off < 0.065) return WHITE;
  if (d <= outer && d >= inner) return WHITE;
  if (d < inner) {
    // Text lines seen through the lens, the middle one highlighted.
    const rows = [0.33, 0.42, 0.51];
    for (const [i, row] of rows.entries()) {
      if (Math.abs(y - row) < 0.028 && Math.abs(x - cx) < 0.14) return i === 1 ? YELLOW : LINE;
    }
    return [23, 72, 106, 255];
  }
  return BLUE;
}

function render(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          const a = c[3] / 255;
          acc[0]! += c[0] * a; acc[1]! += c[1] * a; acc[2]! += c[2] * a; acc[3]! += c[3];
        }
      }
      const n = samples * samples;
      const alpha = acc[3]! / n;
      const k = alpha > 0 ? 255 / alpha : 0;
      row.set([acc[0]! / n * k, acc[1]! / n * k, acc[2]! / n * k, alpha].map((v) => Math.round(Math.min(255, v))), 1 + px * 4);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const dir = resolve(import.meta.dirname, '..', 'icons');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `icon-${size}.png`), render(size));
console.log(`icons written to ${dir}`);
