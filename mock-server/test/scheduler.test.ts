import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../src/clock.js';
import { ManualScheduler, timerScheduler } from '../src/jobs/scheduler.js';

const START = '2026-11-18T10:00:00.000Z';

describe('the manual scheduler', () => {
  it('runs only what is due, oldest first, with what those tasks schedule for now', async () => {
    const clock = new ManualClock(START);
    const scheduler = new ManualScheduler(clock);
    const ran: string[] = [];
    scheduler.schedule(2_000, () => void ran.push('later'));
    scheduler.schedule(0, () => {
      ran.push('first');
      scheduler.schedule(0, () => void ran.push('chained'));
    });
    scheduler.schedule(0, () => void ran.push('second'));
    assert.equal(scheduler.size, 3);
    assert.equal(await scheduler.runDue(), 3);
    assert.deepEqual(ran, ['first', 'second', 'chained']);
    assert.equal(scheduler.nextAt()?.toISOString(), '2026-11-18T10:00:02.000Z');
    assert.equal(await scheduler.runDue(), 0, 'nothing before its time');
    assert.equal(clock.now().toISOString(), START, 'runDue never moves the clock');
  });

  it('advances the clock through each task at its own time, and forgets cancelled ones', async () => {
    const clock = new ManualClock(START);
    const scheduler = new ManualScheduler(clock);
    const seen: string[] = [];
    scheduler.schedule(5_000, () => void seen.push(`b ${clock.now().toISOString()}`));
    scheduler.schedule(1_000, () => void seen.push(`a ${clock.now().toISOString()}`));
    const cancel = scheduler.schedule(3_000, () => void seen.push('cancelled'));
    cancel();
    await scheduler.advance(4_000);
    assert.deepEqual(seen, ['a 2026-11-18T10:00:01.000Z']);
    assert.equal(clock.now().toISOString(), '2026-11-18T10:00:04.000Z');
    await scheduler.advance(1_000);
    assert.deepEqual(seen, ['a 2026-11-18T10:00:01.000Z', 'b 2026-11-18T10:00:05.000Z']);
    assert.equal(scheduler.size, 0);
    assert.equal(scheduler.nextAt(), null);
  });
});

describe('the timer scheduler', () => {
  it('runs a task on a real timer and never runs a cancelled one', async () => {
    // Its timers do not keep the process alive: this one does, for the test.
    const alive = setTimeout(() => undefined, 1_000);
    const ran: string[] = [];
    const done = new Promise<void>((resolve) => timerScheduler.schedule(5, () => (ran.push('kept'), resolve())));
    timerScheduler.schedule(1, () => void ran.push('cancelled'))();
    await done;
    await new Promise((resolve) => setTimeout(resolve, 10));
    clearTimeout(alive);
    assert.deepEqual(ran, ['kept']);
  });
});
