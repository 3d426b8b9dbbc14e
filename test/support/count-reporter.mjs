// node:test reporter that counts leaf tests and writes {passed, failed, skipped, skippedNames, noTests}
// as JSON to the file named by ASSIST_TEST_COUNTS. node --test reports a file on its own only when the
// file reported no test of its own: a file that ran no test is a failure here, not one passed test.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, skippedNames: [], noTests: [] };
  // With --test-force-exit the run ends with process.exit once every event is read, before a reporter's
  // own output would be flushed: the counts are written as the process exits.
  const file = process.env.ASSIST_TEST_COUNTS;
  if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(counts)));
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details = {}, name, nesting, file, skip, todo } = event.data;
    const isSuite = details.type === 'suite';
    if (skip || todo) {
      // A skipped suite runs none of its tests: it counts once, by its name.
      counts.skipped += 1;
      counts.skippedNames.push(`${isSuite ? 'suite ' : ''}${name}${typeof (skip ?? todo) === 'string' ? ` (${skip ?? todo})` : ''}`);
      continue;
    }
    if (isSuite) {
      // A suite that fails outside its tests (a hook, a load error) counts as one failure.
      if (event.type === 'test:fail' && details.error?.failureType !== 'subtestsFailed') counts.failed += 1;
      continue;
    }
    const isFile = nesting === 0 && file !== undefined && resolve(name) === resolve(file);
    if (isFile && event.type === 'test:pass') {
      counts.noTests.push(name);
      counts.failed += 1;
    } else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield '';
}
