"""Write README.md from nbs/index.ipynb (nbdev_readme needs quarto, which this project does without).

Markdown cells are copied as they are; code cells become ```python blocks followed by their text outputs; cells
tagged `hide` (or starting with `#| hide`) and nbdev directives are left out.
`--check` writes nothing and fails when README.md differs from what the notebook gives.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK, README = ROOT / "nbs" / "index.ipynb", ROOT / "README.md"


def _is_hidden(cell) -> bool:
    source = "".join(cell["source"])
    return "hide" in cell.get("metadata", {}).get("tags", []) or source.lstrip().startswith("#| hide")


def _code(source: str) -> str:
    lines = [line for line in source.splitlines() if not line.startswith("#|")]
    return "```python\n" + "\n".join(lines).strip("\n") + "\n```"


def _outputs(cell) -> list[str]:
    texts = []
    for output in cell.get("outputs", []):
        if output.get("name") == "stderr":  # progress bars and warnings
            continue
        text = output.get("text") or output.get("data", {}).get("text/markdown") or output.get("data", {}).get("text/plain")
        text = "".join(text or "").rstrip("\n")
        if text.strip():
            texts.append(text if "text/markdown" in output.get("data", {}) else "```\n" + text + "\n```")
    return texts


def render(notebook: Path = NOTEBOOK) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    parts = []
    for cell in cells:
        if _is_hidden(cell) or not "".join(cell["source"]).strip():
            continue
        if cell["cell_type"] == "markdown":
            parts.append("".join(cell["source"]).strip("\n"))
        elif cell["cell_type"] == "code" and "".join(l for l in cell["source"] if not l.startswith("#|")).strip():
            parts.append(_code("".join(cell["source"])))
            parts.extend(_outputs(cell))
    header = "<!-- Generated from nbs/index.ipynb by `make readme` (.ci/make_readme.py): edit the notebook, not this file. -->"
    return header + "\n\n" + "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        if not README.exists() or README.read_text(encoding="utf-8") != text:
            sys.exit("README.md is not what nbs/index.ipynb gives: run `make readme` and commit README.md")
        print("README.md matches nbs/index.ipynb")
    else:
        README.write_text(text, encoding="utf-8")
        print(f"wrote {README.relative_to(ROOT)}")
