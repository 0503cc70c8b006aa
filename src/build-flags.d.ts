// Constants the build defines (scripts/build.ts): true only in the e2e test build.
declare const __CONTEXT_LENS_TEST__: boolean;
