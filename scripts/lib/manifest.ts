// Derives each browser's manifest from the MV3 source manifest (manifest.json).
export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'context-lens@context-lens.org';

type Manifest = Record<string, unknown>;

export function browserManifest(source: Manifest, target: TargetBrowser, version: string): Manifest {
  const manifest: Manifest = structuredClone(source);
  manifest['version'] = version;
  if (target === 'firefox') {
    // Firefox MV3 runs the background as an event page, not a service worker.
    const background = manifest['background'] as { service_worker: string };
    manifest['background'] = { scripts: [background.service_worker] };
    delete manifest['minimum_chrome_version'];
    manifest['browser_specific_settings'] = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // data_collection_permissions came to Firefox for Android in 142: say so, or web-ext lint warns.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
