"""Records that quote the context documents (:data:`datong2020.source.DOCUMENT_IDS` other than the
primary report), one package per document, laid out like that document. Their outlines are not
encoded: every record here has ``section=None`` and names its ``document``."""
