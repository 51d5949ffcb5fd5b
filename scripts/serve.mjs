// A tiny static server for the demo page: www/ at /, the built package at /pkg/, .wasm as
// application/wasm (required for streaming compilation), loopback only.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(new URL("..", import.meta.url).pathname);
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};
// Further repo folders served at /<name>/, e.g. MOUNTS=bench for the cold-start benchmark.
const mounts = ["pkg", ...(process.env.MOUNTS ?? "").split(",").filter(Boolean)];
// Extra headers, e.g. a strict CSP for the browser tests: CSP="default-src 'self'; ...".
const csp = process.env.CSP;

function resolvePath(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  if (mounts.some((m) => clean.startsWith(`/${m}/`))) return join(root, clean);
  return join(root, "www", clean);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = resolvePath(url.pathname);
    if (!path.startsWith(root)) throw Object.assign(new Error("outside"), { code: "ENOENT" });
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    const body = await readFile(path);
    const headers = {
      "content-type": types[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    };
    if (csp) headers["content-security-policy"] = csp;
    res.writeHead(200, headers);
    res.end(body);
  } catch (e) {
    res.writeHead(e.code === "ENOENT" || e.code === "ENOTDIR" ? 404 : 500, {
      "content-type": "text/plain; charset=utf-8",
    });
    res.end(e.code === "ENOENT" || e.code === "ENOTDIR" ? "not found\n" : "error\n");
  }
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`Serving the demo at http://${host}:${actual}/  (Ctrl-C to stop)`);
});
