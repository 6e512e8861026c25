"""The launch curriculum as plain data, and the loader that turns it into pages and snippets."""
