import type { Claim } from '../../analysis/types';
import { t } from '../../shared/i18n';
import { claimsBySpeaker, slotOf, speakerSlots } from '../../shared/speakers';
import { Section } from './Section';

/** Claims grouped by speaker (colour as on the page); a claim's button scrolls the page to it. */
export function ClaimsSection({ claims, onReveal }: { claims: Claim[]; onReveal: (index: number) => void }) {
  const slots = speakerSlots(claims);
  return (
    <Section id="claims" title={t('sectionClaims')} count={claims.length} empty={t('emptyClaims')}>
      {claimsBySpeaker(claims).map((group) => (
        <li key={group.speaker ?? ''} class="speaker-group" data-speaker-slot={slotOf(slots, group.speaker)}>
          <h3>
            <span class="swatch" aria-hidden="true" />
            <span class="claim-speaker">{group.speaker ?? t('unattributed')}</span>{' '}
            <span class="count">({group.claims.length})</span>
          </h3>
          <ul>
            {group.claims.map(({ claim, index }) => (
              <li key={index} data-claim-kind={claim.kind} data-claim-index={index}>
                <button type="button" class="reveal" title={t('revealClaim')} onClick={() => onReveal(index)}>
                  {claim.quote && <q class="claim-quote">{claim.quote}</q>}
                  {claim.text !== claim.quote && <span class={claim.quote ? 'claim-text context' : 'claim-text'}>{claim.text}</span>}
                  {claim.cue && <span class="claim-cue">{claim.cue}</span>}
                </button>
                <p class={claim.rationale ? 'claim-rationale' : 'claim-rationale none'}>
                  {claim.rationale ? (
                    <>
                      <b>{claim.rationaleCue ?? t('because')}</b> {claim.rationale}
                    </>
                  ) : (
                    t('noRationale')
                  )}
                </p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </Section>
  );
}
