import { writeFileSync } from 'node:fs';

/** @web/test-runner reporter that counts tests and writes {passed, failed, skipped} as JSON. */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const visit = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped += 1;
          else if (test.passed) counts.passed += 1;
          else counts.failed += 1;
        }
        for (const child of suite.suites ?? []) visit(child);
      };
      for (const session of sessions) {
        const before = counts.passed + counts.failed + counts.skipped;
        if (session.testResults) visit(session.testResults);
        const counted = counts.passed + counts.failed + counts.skipped - before;
        // A file that failed to load or threw outside a test still fails the run.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
        else if (!session.passed && counted === 0) counts.failed += 1;
      }
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}
