// The binary index file (index.bin) and its small JSON manifest (index.json); see
// docs/index-format.md. The reader keeps typed-array views over the one ArrayBuffer and decodes
// only what a query touches: a binary search in the sorted dictionary and the postings of the
// query's terms, then the titles of the few results. Opening it parses nothing else.

export const INDEX_FORMAT = 'context-lens-index';
export const INDEX_VERSION = 3;
const MAGIC = 0x58494c43; // "CLIX" little-endian

/** index.json: what the extension fetches first, to find and check the data file. */
export interface IndexManifest {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  builtAt: string;
  docCount: number;
  languages: Record<string, number>;
  /** Data file name, relative to the manifest. */
  data: string;
  dataBytes: number;
}

/** JSON header stored at the start of index.bin. */
export interface DataHeader {
  version: typeof INDEX_VERSION;
  docCount: number;
  termCount: number;
  /** Language codes; a document's language is an index into this list. */
  langs: string[];
  /** Stored term impacts are round(weight / impactScale). */
  impactScale: number;
  sections: Record<SectionName, [offset: number, length: number]>;
}

export const SECTION_NAMES = [
  'docDays', // Uint16 per doc: days since 1970-01-01, 0 when undated
  'docLang', // Uint8 per doc
  'docPrint', // Uint32 per doc: fingerprint of the normalised text
  'docSim', // 2 × Uint32 per doc: 64-bit simhash, for near-duplicates
  'docMass', // Uint16 per doc: entity mass × MASS_SCALE (the relevance floor's document share)
  'docStrOffsets', // Uint32 × (docCount + 1) into docStrings
  'docStrings', // UTF-8: id \x1f title \x1f date \x1f url, per doc
  'termOffsets', // Uint32 × (termCount + 1) into termStrings
  'termStrings', // UTF-8 terms, sorted by bytes
  'postOffsets', // Uint32 × (termCount + 1) into postings
  'postings', // per term: varint document frequency, then (varint doc gap, byte value) per posting
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** docMass stores a document's entity mass (src/index/entity-keys.ts) times this, rounded. */
export const MASS_SCALE = 1000;

export interface DocRecord {
  id: string;
  title: string;
  date: string | null;
  url?: string;
}

// --- writing -----------------------------------------------------------------------------------

export class ByteWriter {
  private buf = new Uint8Array(1024);
  length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(value: number): void {
    this.ensure(1);
    this.buf[this.length++] = value;
  }

  varint(value: number): void {
    this.ensure(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.ensure(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export function writeData(header: Omit<DataHeader, 'sections'>, sections: Record<SectionName, Uint8Array>): Uint8Array {
  const offsets = {} as DataHeader['sections'];
  // Sections start on 4-byte boundaries so typed arrays can view them in place. Offsets are
  // computed for a header of the final size: iterate until the header length is stable.
  let headerBytes = new Uint8Array(0);
  for (let attempt = 0; ; attempt++) {
    if (attempt > 8) throw new Error('index header does not settle');
    let at = align(12 + headerBytes.length);
    for (const name of SECTION_NAMES) {
      offsets[name] = [at, sections[name].length];
      at = align(at + sections[name].length);
    }
    const next = new TextEncoder().encode(JSON.stringify({ ...header, sections: offsets }));
    const stable = next.length === headerBytes.length;
    headerBytes = next;
    if (stable) break;
  }
  const last = offsets[SECTION_NAMES[SECTION_NAMES.length - 1]!];
  const out = new Uint8Array(align(last[0] + last[1]));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  for (const name of SECTION_NAMES) out.set(sections[name], offsets[name][0]);
  return out;
}

function align(n: number): number {
  return (n + 3) & ~3;
}

export function typedBytes(array: Uint16Array | Uint32Array | Uint8Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

// --- reading -----------------------------------------------------------------------------------

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class IndexData {
  readonly header: DataHeader;
  readonly docDays: Uint16Array;
  readonly docLang: Uint8Array;
  readonly docPrint: Uint32Array;
  readonly docSim: Uint32Array;
  readonly docMass: Uint16Array;
  private readonly docStrOffsets: Uint32Array;
  private readonly docStrings: Uint8Array;
  private readonly termOffsets: Uint32Array;
  private readonly termStrings: Uint8Array;
  private readonly postOffsets: Uint32Array;
  readonly postings: Uint8Array;

  constructor(buffer: ArrayBuffer) {
    if (buffer.byteLength < 12) throw new Error('unsupported index: file too short');
    const view = new DataView(buffer);
    const version = view.getUint32(4, true);
    if (view.getUint32(0, true) !== MAGIC || version !== INDEX_VERSION) {
      throw new Error(`unsupported index: not a ${INDEX_FORMAT} v${INDEX_VERSION} data file (version ${version})`);
    }
    const headerLength = view.getUint32(8, true);
    this.header = JSON.parse(decoder.decode(new Uint8Array(buffer, 12, headerLength))) as DataHeader;
    const section = <T>(name: SectionName, make: (offset: number, length: number) => T): T => {
      const [offset, length] = this.header.sections[name];
      if (offset + length > buffer.byteLength) throw new Error(`unsupported index: section ${name} is truncated`);
      return make(offset, length);
    };
    const u8 = (name: SectionName): Uint8Array => section(name, (o, l) => new Uint8Array(buffer, o, l));
    const u16 = (name: SectionName): Uint16Array => section(name, (o, l) => new Uint16Array(buffer, o, l / 2));
    const u32 = (name: SectionName): Uint32Array => section(name, (o, l) => new Uint32Array(buffer, o, l / 4));
    this.docDays = u16('docDays');
    this.docLang = u8('docLang');
    this.docPrint = u32('docPrint');
    this.docSim = u32('docSim');
    this.docMass = u16('docMass');
    this.docStrOffsets = u32('docStrOffsets');
    this.docStrings = u8('docStrings');
    this.termOffsets = u32('termOffsets');
    this.termStrings = u8('termStrings');
    this.postOffsets = u32('postOffsets');
    this.postings = u8('postings');
  }

  get docCount(): number {
    return this.header.docCount;
  }

  doc(index: number): DocRecord {
    const bytes = this.docStrings.subarray(this.docStrOffsets[index], this.docStrOffsets[index + 1]);
    const [id = '', title = '', date = '', url = ''] = decoder.decode(bytes).split('\x1f');
    return { id, title, date: date || null, ...(url ? { url } : {}) };
  }

  /** Index of a term in the sorted dictionary, or -1. */
  findTerm(term: string): number {
    const key = encoder.encode(term);
    let lo = 0;
    let hi = this.header.termCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const cmp = compareBytes(this.termStrings, this.termOffsets[mid]!, this.termOffsets[mid + 1]!, key);
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Start of a term's postings, and its document frequency in the whole corpus. */
  postingStart(term: number): { df: number; at: number; end: number } {
    const at = this.postOffsets[term]!;
    const end = this.postOffsets[term + 1]!;
    const [df, next] = readVarint(this.postings, at);
    return { df, at: next, end };
  }
}

function compareBytes(blob: Uint8Array, start: number, end: number, key: Uint8Array): number {
  const length = end - start;
  const n = Math.min(length, key.length);
  for (let i = 0; i < n; i++) {
    const d = blob[start + i]! - key[i]!;
    if (d !== 0) return d;
  }
  return length - key.length;
}

export function readVarint(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  let b: number;
  do {
    b = bytes[at++]!;
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
}
