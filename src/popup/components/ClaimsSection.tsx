import type { Claim } from '../../analysis/types';
import { Section } from './Section';

export function ClaimsSection({ claims }: { claims: Claim[] }) {
  return (
    <Section id="claims" title="Claims" count={claims.length} empty="No quotation or reported statement found.">
      {claims.map((claim, i) => (
        <li key={i} data-claim-kind={claim.kind}>
          {claim.quote && <q class="claim-quote">{claim.quote}</q>}
          {claim.text !== claim.quote && <span class={claim.quote ? 'claim-text context' : 'claim-text'}>{claim.text}</span>}
          <span class="claim-speaker">
            {claim.speaker ?? 'Unattributed'}
            {claim.cue && <span class="claim-cue"> · {claim.cue}</span>}
          </span>
          <span class={claim.rationale ? 'claim-rationale' : 'claim-rationale none'}>
            {claim.rationale ? (
              <>
                <b>{claim.rationaleCue ?? 'because'}</b> {claim.rationale}
              </>
            ) : (
              'no rationale stated'
            )}
          </span>
        </li>
      ))}
    </Section>
  );
}
