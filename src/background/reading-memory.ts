// The background's reading memory: the IndexedDB store and the settings in storage.local, made on
// first use (a background that never sees an article never opens the database).
import { IdbStore } from '../memory/idb-store';
import { ReadingMemory } from '../memory/reading-memory';
import { loadMemorySettings } from '../memory/settings-storage';

let memory: ReadingMemory | null = null;

export function readingMemory(): ReadingMemory {
  memory ??= new ReadingMemory(new IdbStore(), loadMemorySettings);
  return memory;
}
