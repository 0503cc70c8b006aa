// Where a document names an entity: in its title, in its lead, how often. The index weighs an
// entity by this (src/index/scoring.ts prominence): a story's own subjects are named up front.
import type { Entity } from '../analysis/types';
import type { EntityPlace } from './scoring';
import { tokenize, type Token } from './text';

/** Folded words joined by single spaces, padded, so that a name is found on word boundaries only. */
function wordLine(tokens: readonly Token[]): string {
  return ` ${tokens.map((t) => t.folded).join(' ')} `;
}

/** Finds an entity's names in a document's title and lead. */
export class EntityPlaces {
  private readonly title: string;
  private readonly lead: string;

  constructor(titleTokens: readonly Token[], leadTokens: readonly Token[]) {
    this.title = wordLine(titleTokens);
    this.lead = wordLine(leadTokens);
  }

  of(entity: Entity): EntityPlace {
    // One- and two-letter names ("US", "Le") would be found anywhere: they do not count.
    const names = [entity.text, ...entity.aliases].map((name) => wordLine(tokenize(name))).filter((line) => line.length > 4);
    return {
      mentions: entity.mentions,
      title: names.some((name) => this.title.includes(name)),
      lead: names.some((name) => this.lead.includes(name)),
    };
  }
}
