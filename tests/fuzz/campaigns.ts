// The fuzz campaigns: each is a fast-check property over one kind of hostile input, checking that
// the analysis and the extraction never throw and always return well-formed results. They run in
// a worker thread (see run-campaign.ts) so that a hang is caught by a per-input timeout.
import fc from 'fast-check';
import { analyze } from '../../src/analysis';
import { hostileArticlePage, hostilePage, hostileText, hostileTitle } from './arbitraries';
import { bigInputs, type BigInput } from './big-inputs';
import { assertWellFormed, fail, preview, runPage } from './targets';

export type CampaignName = 'analysis' | 'extraction' | 'article-pages' | 'big-inputs' | 'big-inputs-long' | 'self-check-hang' | 'self-check-throw';

export interface Campaign<T> {
  /** Generated inputs... */
  arbitrary?: fc.Arbitrary<T>;
  /** ...or a fixed list, each run once. */
  inputs?: readonly T[];
  /** Throws when an invariant is broken. */
  check(input: T): void;
  /** One line describing an input (for progress and failure messages). */
  describe(input: T): string;
}

/** Erases a campaign's input type so campaigns of different inputs share one table. */
function campaign<T>(c: Campaign<T>): Campaign<unknown> {
  return c as Campaign<unknown>;
}

function bigCampaign(inputs: BigInput[]): Campaign<unknown> {
  return campaign({
    inputs: inputs.map((b) => b.name),
    check: (name) => {
      const input = inputs.find((b) => b.name === name);
      if (!input) fail(`no big input ${name}`);
      input.run();
    },
    describe: (name) => name,
  });
}

export const CAMPAIGNS: Record<CampaignName, Campaign<unknown>> = {
  analysis: campaign({
    arbitrary: fc.record({ title: hostileTitle, text: hostileText }),
    check: (input) => assertWellFormed(analyze(input)),
    describe: (input) => preview(input.text),
  }),
  extraction: campaign({ arbitrary: hostilePage, check: runPage, describe: preview }),
  'article-pages': campaign({ arbitrary: hostileArticlePage, check: runPage, describe: preview }),
  'big-inputs': bigCampaign(bigInputs.filter((b) => !b.longRunOnly)),
  'big-inputs-long': bigCampaign(bigInputs.filter((b) => b.longRunOnly)),
  // Inputs that must make the runner fail: proof that a hang or a throw is caught.
  'self-check-hang': campaign({
    inputs: ['fine', 'hangs'],
    check: (input) => {
      while (input === 'hangs') Math.random();
    },
    describe: (input) => input,
  }),
  'self-check-throw': campaign({
    arbitrary: fc.integer(),
    check: (n) => {
      if (n > 1000) throw new Error('too big');
    },
    describe: (n) => String(n),
  }),
};
