"""The context documents' records, one package per document (``shanxi_2020``, ``shanxi_2021``, …), each
laid out like its document. Their outlines are not encoded: every record has ``section=None`` and
names its ``document``."""
