"""Execute each notebook given on the command line top to bottom; fail on the first cell that raises."""

import sys

import nbformat
from nbclient import NotebookClient

for path in sys.argv[1:]:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3").execute()
    print(f"executed {path}: {len(notebook.cells)} cells")
