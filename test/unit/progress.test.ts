import { progressLine } from '../../src/core/wording.js';

test('a progress line says files and bytes done of total, the rate and the time left', () => {
  const line = progressLine(
    'upload',
    { filesDone: 120, filesTotal: 3000, bytesDone: 10 * 1024 * 1024, bytesTotal: 40 * 1024 * 1024 },
    5000,
  );
  expect(line).toBe('upload: 120/3000 files, 10.0 MiB of 40.0 MiB, 2.0 MiB/s, about 15 s left');
});

test('the last line has no time left, and no rate before any time passed', () => {
  expect(progressLine('upload', { filesDone: 9, filesTotal: 9, bytesDone: 2048, bytesTotal: 2048 }, 1000)).toBe(
    'upload: 9/9 files, 2.0 KiB of 2.0 KiB, 2.0 KiB/s',
  );
  expect(progressLine('upload', { filesDone: 0, filesTotal: 9, bytesDone: 0, bytesTotal: 2048 }, 0)).toBe(
    'upload: 0/9 files, 0 B of 2.0 KiB',
  );
});
