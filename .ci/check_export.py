"""Every cell that a module of mtl_nb/ names as its source must still be an exported cell of that notebook.

nbdev_export only rewrites the modules of notebooks that export something, so a notebook whose `#| export` lines were
lost leaves its module behind, stale and no longer generated; `make check` runs this to catch it."""
import json
import re
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
problems = []
for module in sorted((root / "mtl_nb").glob("*.py")):
    for notebook, cell_id in re.findall(r"^# %% \.\./nbs/(\S+\.ipynb) #(\w+)$", module.read_text(), re.M):
        cells = {c.get("id"): "".join(c["source"]) for c in json.loads((root / "nbs" / notebook).read_text())["cells"]}
        if cell_id not in cells:
            problems.append(f"{module.name}: cell {cell_id} of nbs/{notebook} is gone")
        elif not re.search(r"^#\|\s*export\b", cells[cell_id], re.M):
            problems.append(f"{module.name}: cell {cell_id} of nbs/{notebook} has no '#| export' line")
if problems:
    print("\n".join(problems))
    print("Fix: put '#| export' back at the top of those cells (or delete the module code they no longer make), "
          "then run nbdev_export")
    sys.exit(1)
print(f"every cell the modules of mtl_nb/ come from is exported")
