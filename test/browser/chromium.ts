/**
 * Debian's Chromium for the browser tests: where it is, how it is launched, and when the tests skip.
 *
 * Skipped, with a message, when /usr/bin/chromium is missing and CI is not set; with CI set, a missing
 * Chromium fails (`.ci/run` installs it with apt-get). No browser is ever downloaded.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** Launch options for Debian's Chromium: headless, no sandbox (containers), nothing from the network. */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The `skip` option of a browser suite: false to run, or why it is skipped. */
export const chromiumSkip: string | false =
  !existsSync(CHROMIUM) && !process.env.CI
    ? `${CHROMIUM} not found: browser tests skipped (apt-get install chromium; with CI=true this fails)`
    : false;
