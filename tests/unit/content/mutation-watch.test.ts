// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchMutations } from '../../../src/content/mutation-watch';

describe('watchMutations', () => {
  afterEach(() => vi.useRealTimers());

  it('calls back once after a burst of changes has settled', async () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const watch = watchMutations(document.body, () => calls.push(Date.now()), 700, 4000);
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('p'));
      await Promise.resolve(); // deliver the mutation records
      vi.advanceTimersByTime(100);
    }
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(700);
    expect(calls).toHaveLength(1);
    watch.stop();
  });

  it('still calls back while a page never stops changing, and not after stop()', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const watch = watchMutations(document.body, () => calls++, 700, 1000);
    for (let i = 0; i < 30; i++) {
      document.body.append(document.createTextNode('x'));
      await Promise.resolve();
      vi.advanceTimersByTime(100);
    }
    expect(calls).toBeGreaterThanOrEqual(2);
    watch.stop();
    const before = calls;
    document.body.append(document.createElement('div'));
    await Promise.resolve();
    vi.advanceTimersByTime(5000);
    expect(calls).toBe(before);
  });
});
