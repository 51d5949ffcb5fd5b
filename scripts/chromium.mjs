// Launches Debian's Chromium for the browser tests and benchmarks. The flags keep it from
// reaching for Google's services (this machine has no network but the package registries,
// and each refused connection is noise or a delay); `npx playwright install` cannot work here.
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-quic",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}
