"""Citations of sources: CSL-JSON, APA and Chicago, other CSL styles, BibTeX."""
