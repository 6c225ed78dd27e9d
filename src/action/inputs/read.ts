/** Typed reads of action inputs (and the environment); every error names the input. `read` is core.getInput in the action. */
import { isComment } from '../../core/rules.js';

export type ReadInput = (name: string) => string;

/** Says what is wrong with the input named input; the message names it as an action input, a shell may name it its own way (reason). */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`Input "${input}": ${reason}`);
  }
}

export function text(read: ReadInput, name: string, fallback = ''): string {
  const value = read(name).trim();
  return value === '' ? fallback : value;
}

export function lines(read: ReadInput, name: string): string[] {
  return read(name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !isComment(line));
}

/** Comma- or newline-separated. */
export function list(read: ReadInput, name: string): string[] {
  return read(name)
    .split(/[,\r\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];

export function bool(read: ReadInput, name: string, fallback: boolean): boolean {
  const value = read(name).trim();
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(name, `expected true or false, got "${value}"`);
}

export function int(read: ReadInput, name: string, fallback: number, range: { min: number; max: number }): number {
  const value = read(name).trim();
  if (value === '') return fallback;
  if (!/^-?\d+$/.test(value)) throw new InputError(name, `expected a whole number, got "${value}"`);
  const number = Number(value);
  if (number < range.min || number > range.max) {
    throw new InputError(name, `expected a number from ${range.min} to ${range.max}, got ${number}`);
  }
  return number;
}

export function oneOf<T extends string>(read: ReadInput, name: string, choices: readonly T[]): T | undefined {
  const value = read(name).trim();
  if (value === '') return undefined;
  const match = choices.find((choice) => choice.toLowerCase() === value.toLowerCase());
  if (match === undefined) throw new InputError(name, `"${value}" is not one of: ${choices.join(', ')}`);
  return match;
}

/** A parse whose plain Error blames the input: its message becomes the InputError's. */
export function attributed<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError || !(error instanceof Error)) throw error;
    throw new InputError(input, error.message);
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

/** An environment variable's value, trimmed; unset or blank is undefined. */
export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
