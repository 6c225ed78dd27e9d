import { setFlagsFromString } from 'node:v8';

/**
 * Two V8 heap settings, set at start-up, each measured on 100,000 small files (docs/benchmark.md):
 * - The young generation stays at its first size (1 MB a semi-space) instead of doubling up to
 *   32 MB a semi-space, 96 MB of heap in all. A deploy's garbage is a stream of short-lived
 *   request, listing and hashing objects; the long-lived ones (the file list, the listing, the
 *   manifest) are promoted either way. A no-op of 10,000 files peaked at 94 MB RSS instead of 126.
 * - The old generation may grow 20% past what the last full collection left, not the 1.1x to 4x V8
 *   picks by itself: the heap of a first deploy of 100,000 files grew to 179 MB around 66 MB alive,
 *   and a no-op's plan, one synchronous burst, pushed it past 180 MB (RSS 260 MB; 215 MB with it).
 * V8 reads both each time it sizes the heap, so setting them after start-up takes effect.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=20');
}
