// Static server for the cold-start benchmark: www/ at /, pkg/ at /pkg/, bench/ at /bench/,
// loopback only, no caching (every navigation is cold). Prints its URL; PORT=0 picks a port.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(new URL("..", import.meta.url).pathname);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

function resolvePath(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  if (clean.startsWith("/pkg/") || clean.startsWith("/bench/")) return join(root, clean);
  return join(root, "www", clean);
}

const server = createServer(async (req, res) => {
  try {
    let path = resolvePath(new URL(req.url ?? "/", "http://localhost").pathname);
    if (!path.startsWith(root)) throw Object.assign(new Error("outside"), { code: "ENOENT" });
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    const body = await readFile(path);
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch (e) {
    res.writeHead(e.code === "ENOENT" || e.code === "ENOTDIR" ? 404 : 500);
    res.end();
  }
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${server.address().port}/`);
});
