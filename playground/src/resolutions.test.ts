import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROBLEM_TYPES } from '@assist/contract';
import { AGENT_RESOLUTIONS } from './resolutions.js';

describe('"Agent resolves it" on the returns page', () => {
  it('resolves each type of problem with an outcome of its own kind, not a refunded duplicate charge for all', () => {
    assert.deepEqual(Object.keys(AGENT_RESOLUTIONS).sort(), [...PROBLEM_TYPES].sort());
    const duplicate = PROBLEM_TYPES.filter((type) => /duplicate/i.test(AGENT_RESOLUTIONS[type].note));
    assert.deepEqual(duplicate, ['charged_twice']);
    assert.equal(AGENT_RESOLUTIONS.faulty_item.outcome, 'replacement_sent');
    assert.equal(AGENT_RESOLUTIONS.return_not_registered.outcome, 'return_registered');
  });
});
