import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation at its first size (1 MB a semi-space) instead of letting it double
 * up to 32 MB a semi-space, 96 MB of heap in all. A deploy's garbage is a stream of short-lived
 * request, listing and hashing objects, and the long-lived ones (the file list, the listing, the
 * manifest) are promoted either way: a no-op of 10,000 files peaked at 94 MB RSS instead of 126 MB
 * with the same CPU, and the 100,000-file runs in docs/benchmark.md are measured with it. Set at
 * start-up, while the young generation is still at its first size: V8 reads the factor each time
 * it would grow it.
 */
export function boundYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
