import type { Entity, EntityType } from '../../analysis/types';
import { Section } from './Section';

const GROUPS: Array<[EntityType, string]> = [
  ['PER', 'People'],
  ['ORG', 'Organisations'],
  ['LOC', 'Places'],
  ['MISC', 'Other'],
];
const MAX_ENTITIES = 24;

export function EntitiesSection({ entities }: { entities: Entity[] }) {
  const shown = entities.slice(0, MAX_ENTITIES);
  return (
    <Section id="entities" title="Key entities" count={shown.length} empty="No named person, organisation or place found.">
      {GROUPS.map(([type, label]) => {
        const group = shown.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <li key={type} class="entity-group">
            <h3>{label}</h3>
            <ul>
              {group.map((entity) => (
                <li key={entity.text} data-entity-type={type} title={entity.aliases.length ? `Also: ${entity.aliases.join(', ')}` : undefined}>
                  <span class="entity-name">{entity.text}</span> <span class="mentions">×{entity.mentions}</span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </Section>
  );
}
