// Builds coachgraph's GraphiQL page assets from the pinned packages in package-lock.json:
//   npm ci && npm run build
// writes graphiql.js, graphiql.css and THIRD_PARTY_LICENSES.txt (the license of every package
// bundled) to graphql_schema/graphiql/static/ (or to the folder given: npm run build -- <folder>).
// The output is committed; the same lock file and sources give the same bytes (a test rebuilds
// it and compares).
import { build } from "esbuild";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ? resolve(process.argv[2]) : join(here, "..", "graphql_schema", "graphiql", "static");

const result = await build({
  absWorkingDir: here,
  entryPoints: ["src/main.jsx"],
  outfile: join(out, "graphiql.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  jsx: "automatic",
  charset: "utf8",
  legalComments: "none",
  sourcemap: false,
  metafile: true,
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".woff2": "dataurl", ".woff": "dataurl", ".ttf": "dataurl", ".svg": "dataurl" },
});

// Every npm package with a file in the bundle: "node_modules/<name>/..." or "node_modules/@scope/<name>/...".
function packageRoot(input) {
  const parts = input.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) return null;
  const length = parts[at + 1].startsWith("@") ? 2 : 1;
  return parts.slice(0, at + 1 + length).join("/");
}

const roots = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const root = packageRoot(input);
  if (root) roots.add(root);
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;
const entries = [...roots]
  .map((root) => {
    const manifest = JSON.parse(readFileSync(join(here, root, "package.json"), "utf8"));
    const file = readdirSync(join(here, root)).find((name) => LICENSE_FILE.test(name));
    const text = file ? readFileSync(join(here, root, file), "utf8").trim() : `License: ${manifest.license}`;
    return { id: `${manifest.name}@${manifest.version}`, license: manifest.license, text };
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const header =
  "Third-party software bundled in graphiql.js and graphiql.css, built from the pinned packages\n" +
  "of graphiql/package-lock.json (npm ci && npm run build). Each package's license follows.\n\n" +
  entries.map((e) => `- ${e.id} (${e.license})`).join("\n") +
  "\n";
const bodies = entries.map((e) => `\n${"=".repeat(78)}\n${e.id}\n${"=".repeat(78)}\n\n${e.text}\n`);
writeFileSync(join(out, "THIRD_PARTY_LICENSES.txt"), header + bodies.join(""));

if (!existsSync(join(out, "graphiql.css"))) throw new Error("the build wrote no graphiql.css");
console.log(`bundled ${entries.length} packages`);
