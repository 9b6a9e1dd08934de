"""Print a Quickstart command from README.md: `main` (the first sh block) or `test` (the second)."""

import re
import sys
from pathlib import Path

readme = Path(__file__).resolve().parent.parent / "README.md"
quickstart = readme.read_text(encoding="utf-8").split("## Quickstart", 1)[1].split("\n## ", 1)[0]
blocks = re.findall(r"```sh\n(.*?)\n```", quickstart, flags=re.DOTALL)
if len(blocks) != 2 or any("\n" in block for block in blocks):
    sys.exit("README.md's Quickstart must hold exactly two one-line sh blocks")
print(blocks[{"main": 0, "test": 1}[sys.argv[1]]])
