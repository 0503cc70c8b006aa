import type { Entity, EntityType } from '../../analysis/types';
import { t } from '../../shared/i18n';
import { Section } from './Section';

const GROUPS: Array<[EntityType, string]> = [
  ['PER', 'entitiesPeople'],
  ['ORG', 'entitiesOrganisations'],
  ['LOC', 'entitiesPlaces'],
  ['MISC', 'entitiesOther'],
];
const MAX_ENTITIES = 24;

export function EntitiesSection({ entities, onReveal }: { entities: Entity[]; onReveal: (name: string) => void }) {
  const shown = entities.slice(0, MAX_ENTITIES);
  return (
    <Section id="entities" title={t('sectionEntities')} count={shown.length} empty={t('emptyEntities')}>
      {GROUPS.map(([type, labelKey]) => {
        const group = shown.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <li key={type} class="entity-group">
            <h3>{t(labelKey)}</h3>
            <ul>
              {group.map((entity) => (
                <li key={entity.text} data-entity-type={type}>
                  <button type="button" class="reveal entity"
                    title={entity.aliases.length ? t('entityAliases', entity.aliases.join(', ')) : t('revealEntity')}
                    onClick={() => onReveal(entity.text)}>
                    <span class="entity-name">{entity.text}</span>{' '}
                    <span class="mentions" aria-label={t('mentions', String(entity.mentions))}>×{entity.mentions}</span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </Section>
  );
}
