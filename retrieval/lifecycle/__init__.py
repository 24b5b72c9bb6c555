"""Building, persisting, loading and reloading engines, code versions, and memory release: the only
part of the core that starts threads."""
