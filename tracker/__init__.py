"""Military-aid commitments tracker: ingest articles, extract commitments, review and export."""
