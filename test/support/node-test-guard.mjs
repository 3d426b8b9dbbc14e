// Loaded into every Node test file (node --import) by test/run.mjs, so that no test can pass on nothing:
// - every test and hook gets a timeout unless it sets its own;
// - a test file that exits before its tests have finished (process.exit(0) in a test, say) fails.
// (test/run.mjs also passes --test-force-exit, so that a file whose tests are done but that something
// keeps alive, a test that timed out or a server left open, ends anyway.)
import { createRequire, syncBuiltinESMExports } from 'node:module';

/**
 * Per test and per hook. The slowest test measured took about 12 s on a busy 2-core machine.
 * ASSIST_TEST_TIMEOUT_MS overrides it (the runner's own tests use a short one).
 */
export const TEST_TIMEOUT_MS = Number(process.env.ASSIST_TEST_TIMEOUT_MS) || 60_000;

const require = createRequire(import.meta.url);
const nodeTest = require('node:test');
const { after } = nodeTest;

// In the process that runs one test file (node --test starts one per file and marks it).
const testFile = Boolean(process.env.NODE_TEST_CONTEXT) && /\.test\.[cm]?[jt]s$/.test(process.argv[1] ?? '');
let finished = false;
let watching = false;

/**
 * Called before the file's first test or suite is created, which is always at the top level: a
 * root-level `after` runs once every test of the file is done. (Only then: with no test at all,
 * node:test reports the file as such, and the runner fails it as a file that ran no test.)
 */
function watchForEarlyExit() {
  if (!testFile || watching) return;
  watching = true;
  after(() => {
    finished = true;
  });
  process.on('exit', (code) => {
    if (finished || code !== 0) return;
    process.stderr.write(`\n${process.argv[1]} exited before its tests had finished.\n`);
    process.exitCode = 1;
  });
}

/**
 * test(name?, options?, fn?) with `timeout` added to the options when they have none. (node:test takes a
 * test's location from its caller, so a failure is reported "at" this file; its stack shows the test.)
 */
function withTimeout(test, timeout = true) {
  const wrapped = function (...args) {
    watchForEarlyExit();
    if (timeout) {
      const at = args.findIndex((a) => a !== null && typeof a === 'object');
      if (at === -1) args.splice(typeof args[0] === 'function' ? 0 : 1, 0, { timeout: TEST_TIMEOUT_MS });
      else if (args[at].timeout === undefined) args[at] = { ...args[at], timeout: TEST_TIMEOUT_MS };
    }
    return test.apply(this, args);
  };
  for (const key of ['skip', 'todo', 'only']) if (typeof test[key] === 'function') wrapped[key] = withTimeout(test[key], timeout);
  return wrapped;
}

/** hook(fn, options?) with `timeout` added to the options when they have none. */
const hookWithTimeout = (hook) =>
  function (fn, options = {}) {
    return hook.call(this, fn, options.timeout === undefined ? { ...options, timeout: TEST_TIMEOUT_MS } : options);
  };

// Suites get no timeout of their own (it would bound all their tests together), only their tests.
for (const name of ['test', 'it']) nodeTest[name] = withTimeout(nodeTest[name]);
for (const name of ['describe', 'suite']) nodeTest[name] = withTimeout(nodeTest[name], false);
for (const name of ['before', 'after', 'beforeEach', 'afterEach']) nodeTest[name] = hookWithTimeout(nodeTest[name]);
syncBuiltinESMExports();
