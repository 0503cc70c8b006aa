// Loads the bundled related-documents index once, on first use, from the extension package:
// the small manifest (index.json), then the binary data file it names, kept as one ArrayBuffer
// (nothing is parsed up front; a query decodes only the postings it needs).
import browser from 'webextension-polyfill';
import { INDEX_FORMAT, INDEX_VERSION, type IndexManifest } from '../index/format';
import { RelatedIndex } from '../index/query';

let loading: Promise<RelatedIndex> | null = null;

async function load(): Promise<RelatedIndex> {
  const manifest = (await (await fetch(browser.runtime.getURL('index.json'))).json()) as IndexManifest;
  if (manifest.format !== INDEX_FORMAT || manifest.version !== INDEX_VERSION || !/^[\w.-]+$/.test(manifest.data)) {
    throw new Error(`unsupported index format ${String(manifest.format)} v${String(manifest.version)}`);
  }
  const data = await (await fetch(browser.runtime.getURL(manifest.data))).arrayBuffer();
  return new RelatedIndex(data);
}

export function relatedIndex(): Promise<RelatedIndex> {
  loading ??= load().catch((error: unknown) => {
    loading = null; // let a later request retry
    throw error;
  });
  return loading;
}
