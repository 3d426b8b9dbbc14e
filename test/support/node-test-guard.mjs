// Loaded into every Node test file (node --import) by test/run.mjs, so that no test can pass on nothing:
// - every test and hook gets a timeout unless it sets its own;
// - a test file that exits before its tests have finished (process.exit(0) in a test, say) fails;
// - a test file whose tests are done but that something keeps alive (a test that timed out, a server
//   left open) ends anyway.
import { createRequire, syncBuiltinESMExports } from 'node:module';

/**
 * Per test and per hook. The slowest test measured took about 12 s on a busy 2-core machine.
 * ASSIST_TEST_TIMEOUT_MS overrides it (the runner's own tests use a short one).
 */
export const TEST_TIMEOUT_MS = Number(process.env.ASSIST_TEST_TIMEOUT_MS) || 60_000;

const require = createRequire(import.meta.url);
const nodeTest = require('node:test');

/**
 * test(name?, options?, fn?) with `timeout` added to the options when they have none. (node:test takes a
 * test's location from its caller, so a failure is reported "at" this file; its stack shows the test.)
 */
function withTimeout(test) {
  const wrapped = function (...args) {
    const at = args.findIndex((a) => a !== null && typeof a === 'object');
    if (at === -1) args.splice(typeof args[0] === 'function' ? 0 : 1, 0, { timeout: TEST_TIMEOUT_MS });
    else if (args[at].timeout === undefined) args[at] = { ...args[at], timeout: TEST_TIMEOUT_MS };
    return test.apply(this, args);
  };
  for (const key of ['skip', 'todo', 'only']) if (typeof test[key] === 'function') wrapped[key] = withTimeout(test[key]);
  return wrapped;
}

/** hook(fn, options?) with `timeout` added to the options when they have none. */
const hookWithTimeout = (hook) =>
  function (fn, options = {}) {
    return hook.call(this, fn, options.timeout === undefined ? { ...options, timeout: TEST_TIMEOUT_MS } : options);
  };

for (const name of ['test', 'it']) nodeTest[name] = withTimeout(nodeTest[name]);
for (const name of ['before', 'after', 'beforeEach', 'afterEach']) nodeTest[name] = hookWithTimeout(nodeTest[name]);
syncBuiltinESMExports();

// In the process that runs one test file (node --test starts one per file and marks it).
const testFile = process.env.NODE_TEST_CONTEXT && /\.test\.[cm]?[jt]s$/.test(process.argv[1] ?? '');
if (testFile) {
  let finished = false;
  // A root-level `after` runs once every test of the file is done.
  nodeTest.after(() => {
    finished = true;
    // Leaves time to send the results; never fires when nothing is left open.
    setTimeout(() => process.exit(), 2_000).unref();
  });
  process.on('exit', (code) => {
    if (finished || code !== 0) return;
    process.stderr.write(`\n${process.argv[1]} exited before its tests had finished.\n`);
    process.exitCode = 1;
  });
}
