import { createReadStream, promises as fs } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** A file whose name carries its content hash (webpack's `[name].[contenthash].js`) never changes
 * under that name: a CDN serves it to be kept for good. Pages, icons (Outlook wants them without
 * Cache-Control, docs/manifest.md) and unhashed files get no caching header. */
const HASHED = /\.[0-9a-f]{8,}\.js$/;
const caching = (file: string): Record<string, string> =>
  HASHED.test(file) ? { "Cache-Control": "public, max-age=31536000, immutable" } : {};

/** Serves a built folder on 127.0.0.1 — what a CDN does for the production add-in, caching headers
 * included (README, "Hosting"): a later start takes the scripts from the browser's cache, and with
 * them the compiled code the browser keeps beside them. */
export async function serveStatic(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(root, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) throw new Error("not a file");
      res.writeHead(200, {
        "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
        ...caching(file),
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end("Not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
