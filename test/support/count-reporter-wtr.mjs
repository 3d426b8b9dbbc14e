import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * @web/test-runner reporter that counts tests and writes {passed, failed, skipped, skippedNames, noTests}
 * as JSON. A test file that ran no test, failed to load or threw outside a test fails the run.
 */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, skippedNames: [], noTests: [] };
      const visit = (suite, path) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) {
            counts.skipped += 1;
            counts.skippedNames.push([...path, test.name].join(' > '));
          } else if (test.passed) counts.passed += 1;
          else counts.failed += 1;
        }
        for (const child of suite.suites ?? []) visit(child, [...path, child.name]);
      };
      for (const session of sessions) {
        const before = counts.passed + counts.failed + counts.skipped;
        if (session.testResults) visit(session.testResults, []);
        const counted = counts.passed + counts.failed + counts.skipped - before;
        if (counted === 0) {
          counts.noTests.push(relative(process.cwd(), session.testFile));
          counts.failed += 1;
        } else if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}
