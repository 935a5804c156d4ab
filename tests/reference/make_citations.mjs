// Reference citations from citeproc-js (npm package `citeproc`, the processor Zotero uses).
//
//   node make_citations.mjs ITEMS.json LOCALE.xml NAME=STYLE.csl [NAME=STYLE.csl ...] > OUT.json
//
// Each CSL-JSON item is rendered alone, as the bibliography entry of a one-item bibliography
// (zt cites one source at a time, so no disambiguation across items), in citeproc-js's
// "html" output format (the text format is the same without the markup). Run by
// make_citations.py, which says where the files are.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(process.cwd() + "/");
const CSL = require("citeproc");

const [itemsPath, localePath, ...styleArgs] = process.argv.slice(2);
const items = JSON.parse(readFileSync(itemsPath, "utf8"));
const locale = readFileSync(localePath, "utf8");
const byId = Object.fromEntries(items.map((item) => [item.id, item]));

function render(styleXml, format) {
  const sys = { retrieveLocale: () => locale, retrieveItem: (id) => byId[id] };
  const engine = new CSL.Engine(sys, styleXml, "en-US", true);
  engine.setOutputFormat(format);
  const out = {};
  for (const item of items) {
    engine.updateItems([item.id]);
    const [, entries] = engine.makeBibliography();
    out[item.id] = entries.map((entry) => entry.trim()).join("");
  }
  return out;
}

const result = { processor: `citeproc-js ${CSL.PROCESSOR_VERSION}`, styles: {} };
for (const arg of styleArgs) {
  const [name, path] = arg.split("=");
  const xml = readFileSync(path, "utf8");
  result.styles[name] = { html: render(xml, "html") };
}
process.stdout.write(JSON.stringify(result, null, 1) + "\n");
