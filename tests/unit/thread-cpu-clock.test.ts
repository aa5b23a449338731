import { statTicks, ticksToMs } from '../../src/extraction/thread-cpu-clock.js';

describe('reading CPU time from /proc/<pid>/task/<tid>/stat', () => {
  it('sums utime and stime, the 14th and 15th fields, whatever the thread name holds', () => {
    // pid, (comm) with a space and a parenthesis in it, state, then fields 4–13, utime 250, stime 17.
    const stat = '4242 (a b) c) S 1 4242 4242 0 -1 4194560 900 0 0 0 250 17 0 0 20 0 11 0 123 456 789';
    expect(statTicks(stat)).toBe(267);
    expect(ticksToMs(267)).toBe(2670);
  });
});
