/** A command's flags → the action's Config, through the action's own readConfig: no rule of its own but "required". */
import type { Auth } from '../action/inputs/auth-inputs.js';
import { type Config, readConfig } from '../action/inputs/config.js';
import { type Env, InputError } from '../action/inputs/read.js';
import type { Credentials } from '../core/types.js';
import type { Command } from './commands.js';

export function readCommandConfig(command: Command, inputs: ReadonlyMap<string, string>, env: Env): Config {
  for (const name of command.required ?? []) {
    if ((inputs.get(name) ?? '') === '') throw new InputError(name, `required by ${command.name}`);
  }
  // releases takes what a rollback takes (the bucket, the prefix, the store) and no source-dir: read it as one.
  const read = (name: string) =>
    command.name === 'releases' && name === 'rollback' ? 'previous' : (inputs.get(name) ?? '');
  const config = readConfig(read, env);
  if (command.name === 'deploy' && config.deploy === undefined && config.release?.rollback === undefined) {
    throw new InputError('bucket', 'required by deploy; to invalidate paths alone, use the purge command');
  }
  return config;
}

/** The CLI's credentials: the environment's or a profile's (the args refuse role-to-assume, a runner-only input). */
export function cliCredentials(auth: Auth): Credentials {
  if (auth.kind !== 'environment') throw new Error('role-to-assume needs a GitHub runner');
  return auth.credentials;
}
