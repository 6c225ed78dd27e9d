import { decodeOwed, encodeOwed, keysOwedTo, NOTHING_OWED, owe, settle } from '../../src/core/owed.js';

test('owing adds keys per distribution, sorted and without duplicates; nothing new gives the same map', () => {
  const once = owe(NOTHING_OWED, ['E1', 'E2'], ['www/b.html', 'www/a.css']);
  expect([...once]).toEqual([
    ['E1', ['www/a.css', 'www/b.html']],
    ['E2', ['www/a.css', 'www/b.html']],
  ]);
  const twice = owe(once, ['E1'], ['www/c.js', 'www/a.css']);
  expect(twice.get('E1')).toEqual(['www/a.css', 'www/b.html', 'www/c.js']);
  expect(twice.get('E2')).toEqual(['www/a.css', 'www/b.html']);
  expect(owe(twice, ['E1', 'E2'], ['www/a.css'])).toBe(twice);
  expect(owe(twice, [], ['www/z'])).toBe(twice);
  expect(owe(NOTHING_OWED, ['E1'], [])).toBe(NOTHING_OWED);
});

test('settling clears only the distributions invalidated; a distribution not given keeps its debt', () => {
  const owed = owe(NOTHING_OWED, ['E1', 'E2'], ['k']);
  expect([...settle(owed, ['E1'])]).toEqual([['E2', ['k']]]);
  expect(settle(owed, ['E1', 'E2']).size).toBe(0);
});

test('a distribution is asked for its debt and this run changes together', () => {
  const owed = owe(NOTHING_OWED, ['E1'], ['www/old.html']);
  expect(keysOwedTo(owed, 'E1', ['www/new.html'])).toEqual(['www/new.html', 'www/old.html']);
  expect(keysOwedTo(owed, 'E9', ['www/new.html'])).toEqual(['www/new.html']);
});

test('the record round-trips; a missing, foreign or corrupt one owes nothing', () => {
  const owed = owe(NOTHING_OWED, ['E2', 'E1'], ['www/a', 'www/ü b']);
  expect([...decodeOwed(encodeOwed(owed))]).toEqual([...owed].sort());
  for (const body of [undefined, Buffer.from('{'), Buffer.from('{"version":2}'), Buffer.from('[]')]) {
    expect(decodeOwed(body).size).toBe(0);
  }
});
