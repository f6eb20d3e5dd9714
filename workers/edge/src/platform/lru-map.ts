/**
 * A small, bounded least-recently-used map for per-isolate memos (so no key can grow memory).
 * Hits only refresh an entry's position once the map is over half full: on a hot path the usual
 * memo holds a handful of entries, and a hit is then one lookup instead of a delete and a re-insert.
 * Until then the order is insertion order, which is all eviction needs while there is room.
 */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined && this.map.size > this.capacity / 2) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}
