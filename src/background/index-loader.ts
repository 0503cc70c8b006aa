// Loads the bundled related-documents index once, on first use, from the extension package.
import browser from 'webextension-polyfill';
import { RelatedIndex } from '../index/query';
import type { IndexFile } from '../index/types';

let loading: Promise<RelatedIndex> | null = null;

export function relatedIndex(): Promise<RelatedIndex> {
  loading ??= fetch(browser.runtime.getURL('index.json'))
    .then((response) => response.json() as Promise<IndexFile>)
    .then((file) => new RelatedIndex(file))
    .catch((error: unknown) => {
      loading = null; // let a later request retry
      throw error;
    });
  return loading;
}
