"""Sphinx configuration. Sphinx rather than MkDocs because the docstrings are reStructuredText with
Sphinx's cross-reference roles (:class:, :func:, :meth:), which autodoc turns into links as written;
MyST reads the markdown pages (doctested by tests/test_docs.py) as they are."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))

import datong2020

project = "datong2020"
author = "datong2020 developers"
copyright = "datong2020 developers; the report is an official document of a state organ"
release = datong2020.__version__

extensions = ["myst_parser", "sphinx.ext.autodoc", "generated"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext"]
myst_heading_anchors = 3
language = "en"

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
# Our docstrings only: pint's, inherited by ReportQuantity's overrides, are not reStructuredText.
autodoc_inherit_docstrings = False
autodoc_default_options = {"members": True, "show-inheritance": False}

html_theme = "alabaster"
html_title = "datong2020"
html_static_path: list[str] = []
