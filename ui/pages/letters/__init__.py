"""The letter registers (وارده، صادره، داخلی): one lazily read list per kind."""
