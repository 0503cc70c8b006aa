import type { Claim } from '../../analysis/types';
import { t } from '../../shared/i18n';
import { badgeOf, claimsBySpeaker, speakerBadges, speakerColour, speakerNameColour, speakerNameTint, type SpeakerBadge, type SpeakerSlot } from '../../shared/speakers';
import { claimEntries, type ClaimEntry } from '../claim-entries';
import { Section } from './Section';

/**
 * Claims grouped by speaker (colour and initials as on the page and in the quote card), one entry
 * per sentence with its quoted fragments marked inside it; an entry's button scrolls the page to it.
 */
export function ClaimsSection({ claims, onReveal }: { claims: Claim[]; onReveal: (index: number) => void }) {
  const badges = speakerBadges(claims);
  return (
    <Section id="claims" title={t('sectionClaims')} count={claims.length} empty={t('emptyClaims')}>
      {claimsBySpeaker(claims).map((group) => {
        const badge = badgeOf(badges, group.speaker);
        return (
          <li key={group.speaker ?? ''} class="speaker-group" data-speaker-slot={badge.slot} style={speakerStyle(badge.slot)}>
            <h3>
              <SpeakerName badge={badge} speaker={group.speaker} />{' '}
              <span class="count">({group.claims.length})</span>
            </h3>
            <ul>
              {claimEntries(group.claims).map((entry) => (
                <ClaimItem key={entry.indices.join(' ')} entry={entry} onReveal={onReveal} />
              ))}
            </ul>
          </li>
        );
      })}
    </Section>
  );
}

/** A speaker group's colours: the quotes' colour, and the name's as the page marks it (tint and underline). */
export function speakerStyle(slot: SpeakerSlot): Record<string, string> {
  return { '--speaker': speakerColour(slot), '--speaker-name': speakerNameColour(slot), '--speaker-name-tint': speakerNameTint(slot) };
}

/** The speaker's initials on the speaker's colour, and the name marked as on the page. */
export function SpeakerName({ badge, speaker }: { badge: SpeakerBadge; speaker: string | null }) {
  return (
    <>
      <span class="initials" aria-hidden="true">{badge.initials}</span>
      <span class="claim-speaker">{speaker ?? t('unattributed')}</span>
    </>
  );
}

/** One sentence: its quoted fragments marked, a button that reveals it, its cues and stated rationales. */
export function ClaimItem({ entry, onReveal, revealLabel }: { entry: ClaimEntry; onReveal: (index: number) => void; revealLabel?: string }) {
  return (
    <li data-claim-kind={entry.kind} data-claim-index={entry.revealIndex} data-claim-indices={entry.indices.join(' ')} data-claim-kinds={entry.kinds.join(' ')}>
      <button type="button" class="reveal" title={revealLabel ?? t('revealClaim')} onClick={() => onReveal(entry.revealIndex)}>
        {entry.apart.map((part) => (
          <q key={part.quote} class="claim-quote apart" data-claim-index={part.claimIndices.join(' ')}>{part.quote}</q>
        ))}
        <span class="claim-text">
          {entry.segments.map((segment, i) =>
            segment.claimIndices.length > 0 ? (
              <mark key={i} class="claim-quote" data-claim-index={segment.claimIndices.join(' ')}>{segment.text}</mark>
            ) : (
              segment.text
            ),
          )}
        </span>
      </button>
      {/* The reporting cue and the stated rationale on one line under the sentence. */}
      <p class="claim-meta">
        {entry.cues.length > 0 && <span class="claim-cue">{entry.cues.join(' · ')}</span>}
        {entry.rationales.length > 0 ? (
          entry.rationales.map((rationale) => (
            <span key={rationale.text} class="claim-rationale">
              <b>{rationale.cue ?? t('because')}</b> {rationale.text}
            </span>
          ))
        ) : (
          <span class="claim-rationale none">{t('noRationale')}</span>
        )}
      </p>
    </li>
  );
}
