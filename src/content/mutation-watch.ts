// Calls back after the page's body has stopped changing for a moment (infinite scroll, single-page
// apps, "load more" comments), so a burst of mutations costs one re-analysis, not hundreds.
export interface MutationWatch {
  stop(): void;
}

export function watchMutations(root: Node, onSettled: () => void, quietMs = 700, maxWaitMs = 4000): MutationWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  const fire = (): void => {
    timer = undefined;
    firstChange = 0;
    onSettled();
  };
  const observer = new MutationObserver(() => {
    const now = Date.now();
    if (firstChange === 0) firstChange = now;
    if (timer !== undefined) clearTimeout(timer);
    // A page that never stops changing (tickers, carousels) is still re-read every maxWaitMs.
    timer = setTimeout(fire, now - firstChange >= maxWaitMs ? 0 : quietMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
