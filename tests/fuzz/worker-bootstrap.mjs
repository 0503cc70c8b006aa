// Entry of the fuzz worker thread: registers tsx's TypeScript loader, then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
