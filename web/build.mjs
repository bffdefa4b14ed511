// Copies the front-end files Lapwing's pages use from node_modules into the served static folder
// (src/lapwing/serve/static/vendor/, git-ignored), with their licences. Run `npm ci && npm run build`
// here, or scripts/setup-browser.sh. The pages work without these files, drawing plainer views.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, "..", "src", "lapwing", "serve", "static", "vendor");
const files = [
  ["d3/dist/d3.min.js", "d3.min.js"],
  ["d3/LICENSE", "d3.LICENSE.txt"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client/LICENSE", "topojson-client.LICENSE.txt"],
  ["world-atlas/countries-110m.json", "countries-110m.json"],
  ["world-atlas/LICENSE", "world-atlas.LICENSE.txt"],
];

mkdirSync(vendor, { recursive: true });
const missing = files.filter(([source]) => !existsSync(join(here, "node_modules", source)));
if (missing.length) {
  console.error(`missing in web/node_modules: ${missing.map(([s]) => s).join(", ")}; run npm ci first`);
  process.exit(1);
}
for (const [source, target] of files) copyFileSync(join(here, "node_modules", source), join(vendor, target));
const versions = Object.fromEntries(["d3", "topojson-client", "world-atlas"].map((name) => [
  name, JSON.parse(readFileSync(join(here, "node_modules", name, "package.json"), "utf8")).version]));
writeFileSync(join(vendor, "VERSIONS.json"), JSON.stringify(versions, null, 1) + "\n");
console.log(`copied ${files.length} files into ${vendor}: ${JSON.stringify(versions)}`);
