"""The public ``st.*`` element functions, grouped by family."""
