// Exports are downloads made on the device: a Blob and a link with a download attribute, no network.

export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download may still be reading the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from the article's title: letters, digits and dashes, at most 60 characters. */
export function fileName(title: string, extension: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'article'}.${extension}`;
}
