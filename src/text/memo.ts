// A pure function's answers remembered: the analysis and the index ask the same words, names and
// terms again and again. With a bound, the memory is emptied when it holds that many answers (a
// long-lived background reads article after article; the answers stay right, only their cost comes back).

/** `compute`, remembering its answers (at most `max` of them at a time). */
export function memoized<K, V>(compute: (key: K) => V, max = Infinity): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= max) answers.clear();
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
