// Which People entry each name of an article and each of its claims' speakers belongs to: a name
// is one entry across articles by its normalised form; within the article an entity's other forms
// ("Warner" for "Mark Warner") lead to the entry of its fullest name, and a speaker named as an
// entity is that entity. Worked out once, when the article is stored (./packed.ts), so that
// opening the People page over ten thousand articles only looks keys up.
import { normKey } from '../text/normalize';

export interface PersonKeys {
  /** The key of each entity, in order ('' for a name with no letters or digits). */
  names: string[];
  /** The key of each claim's speaker, in order ('' for none). */
  speakers: string[];
}

export function personKeys(entities: ReadonlyArray<{ text: string; aliases: readonly string[] }>, speakers: ReadonlyArray<string | null>, keyOf: (name: string) => string = normKey): PersonKeys {
  const local = new Map<string, string>();
  const names = entities.map((entity) => {
    const key = keyOf(entity.text);
    if (key === '') return '';
    if (!local.has(key)) local.set(key, key);
    for (const form of entity.aliases) {
      const k = keyOf(form);
      if (k !== '' && !local.has(k)) local.set(k, key);
    }
    return key;
  });
  return {
    names,
    speakers: speakers.map((speaker) => {
      const own = speaker === null || speaker === '' ? '' : keyOf(speaker);
      return own === '' ? '' : (local.get(own) ?? own);
    }),
  };
}
