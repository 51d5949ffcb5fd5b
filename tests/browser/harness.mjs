// Shared set-up of the browser tests: the demo server (scripts/serve.mjs on a free loopback
// port), one headless Debian Chromium, and pages that record every request and console error.
// Not a test file itself (node --test runs *.test.mjs only).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import assert from "node:assert/strict";
import { launchChromium } from "../../scripts/chromium.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SHOTS = join(ROOT, "target", "screenshots");
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const children = new Set();
process.on("exit", () => {
  for (const c of children) c.kill();
});

/** Starts scripts/serve.mjs on a free port; resolves to { url, stop }. */
export async function startServer({ csp } = {}) {
  if (!existsSync(join(ROOT, "pkg", "qinzhou_policy_calc.js"))) {
    throw new Error("pkg/ is not built: run `bash scripts/build.sh` first");
  }
  const env = { ...process.env, PORT: "0", HOST: "127.0.0.1" };
  if (csp) env.CSP = csp;
  else delete env.CSP;
  const child = spawn(process.execPath, ["scripts/serve.mjs"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let log = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${log}`)), 10_000);
    const onData = (d) => {
      log += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (d) => (log += d));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${log}`));
    });
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill();
    }).finally(() => children.delete(child));
  return { url, stop };
}

export async function launchBrowser() {
  return launchChromium();
}

/**
 * A fresh context and page on `url`, recording every request and every console error or page
 * error; `setup(page, context)` runs before the page is opened. `check()` asserts that nothing left the origin and nothing was logged as an error.
 */
export async function openPage(browser, url, { width = 1000, height = 900, path = "", locale = "zh-CN", setup } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, deviceScaleFactor: 1 });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  // Before the page loads: init scripts (say, a browser without WebAssembly) and routes.
  if (setup) await setup(page, context);
  await page.goto(url + path);
  const origin = new URL(url).origin;
  return {
    page,
    requests,
    errors,
    check() {
      const outside = requests.filter((u) => new URL(u).origin !== origin);
      assert.deepEqual(outside, [], "every request stays on the page's origin");
      assert.deepEqual(errors, [], "no console errors, page errors or failed requests");
    },
    close: () => context.close(),
  };
}

/** Waits until the widget has loaded the package; true when its function exists. */
export async function widgetReady(page, tag) {
  const w = page.locator(tag);
  await w.waitFor({ state: "attached" });
  return w.evaluate((el) => el.ready);
}

/** Polls until the locator's text contains `expected` (a string or RegExp). */
export async function expectText(locator, expected, { timeout = 5000, not = false } = {}) {
  const deadline = Date.now() + timeout;
  let text = "";
  for (;;) {
    // innerText (the text as shown) for HTML; SVG elements have only textContent.
    text = (await locator.evaluate((el) => el.innerText ?? el.textContent).catch((e) => `(${e.message.split("\n")[0]})`)).replace(/\s+/g, " ");
    const hit = typeof expected === "string" ? text.includes(expected) : expected.test(text);
    if (hit !== not) return text;
    if (Date.now() > deadline) {
      assert.fail(`expected ${not ? "no " : ""}${expected} in: ${text.slice(0, 600)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The state of the field labelled `label` inside `widget`: its value, whether it is marked
 * invalid, the error text in its own row, and whether aria-describedby points at that error.
 */
export async function fieldState(widget, label) {
  const input = widget.getByLabel(label, { exact: true });
  return input.evaluate((el) => {
    const row = el.closest(".field");
    const err = row.querySelector(".error");
    const described = (el.getAttribute("aria-describedby") ?? "").split(/\s+/);
    return {
      value: el.value,
      invalid: el.getAttribute("aria-invalid") === "true",
      error: err && !err.hidden ? err.textContent : "",
      describedByError: !!err && !err.hidden && described.includes(err.id),
      focused: el.getRootNode().activeElement === el,
    };
  });
}

/** Every field of the widget currently marked aria-invalid, by its label text. */
export async function invalidFields(widget) {
  return widget.evaluate((el) =>
    [...el.shadowRoot.querySelectorAll("[aria-invalid=true]")].map((i) => el.shadowRoot.querySelector(`label[for="${i.id}"]`)?.textContent ?? i.id),
  );
}

export async function screenshot(locator, name) {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await locator.screenshot({ path, animations: "disabled" });
  return path;
}

/** Polls `read` until `check(value)` holds (typing is computed after a pause); returns the value. */
export async function eventually(read, check, { timeout = 3000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) assert.fail(`still not as expected after ${timeout} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The field's state once its error is gone (see fieldState). */
export const fixedState = (widget, label) => eventually(() => fieldState(widget, label), (s) => s.error === "" && !s.invalid);
