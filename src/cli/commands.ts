/**
 * The commands and which of the action's inputs each takes as a flag. deploy takes every input
 * action.yml declares (so a new input is a flag the moment it is declared), but the ones that only
 * make sense on a GitHub runner; remove and purge take the few that shape them.
 */
import { DEFAULTS } from '../action/inputs/defaults.js';

/** One input as action.yml declares it: the build reads action.yml into this table (scripts/build.mjs). */
export interface InputSpec {
  readonly name: string;
  readonly description: string;
  readonly default?: string;
}

export type CommandName = 'deploy' | 'remove' | 'purge' | 'rollback' | 'releases' | 'setup-releases';

export interface Command {
  readonly name: CommandName;
  readonly summary: string;
  /** Inputs the command sets itself. */
  readonly implied: Readonly<Record<string, string>>;
  /** undefined: every input but the runner-only ones. */
  readonly inputs?: readonly string[];
  /** Inputs the command cannot go without (checked before the rest, naming the flag). */
  readonly required?: readonly string[];
  /** Flags of this command alone; one named like an input of action.yml takes its place (its own description). */
  readonly ownFlags?: readonly InputSpec[];
}

/** Inputs with no meaning off a GitHub runner, and what to do instead. */
export const RUNNER_ONLY: Readonly<Record<string, string>> = {
  'role-to-assume':
    "assumes a role with the GitHub runner's OIDC token; on the command line use AWS_PROFILE or AWS_* variables",
  'role-session-name': 'belongs to role-to-assume, which only a GitHub runner can use',
  'role-duration-seconds': 'belongs to role-to-assume, which only a GitHub runner can use',
  'github-token': 'comments on a pull request from a GitHub workflow',
  remove: 'is the remove command here: s3-cloudfront-deploy remove --bucket … --prefix …',
};

/** What names a site's releases: the bucket, where in it, the store and the site's name in the store. */
const RELEASES = ['bucket', 'prefix', 'region', 'release-store', 'release-name', 'expected-bucket-owner'];

const CDN = ['distribution-id', 'invalidation-paths', 'invalidate', 'wait', 'wait-timeout', 'max-invalidation-paths'];

export const COMMANDS: readonly Command[] = [
  {
    name: 'deploy',
    summary: 'Deploy a built site to S3 by content, then invalidate what changed on CloudFront.',
    implied: {},
  },
  {
    name: 'remove',
    summary: 'Delete the site under --prefix (preserved objects and other sites stay), then invalidate.',
    implied: { remove: 'true' },
    inputs: [
      'bucket',
      'prefix',
      'state-prefix',
      'lock-timeout',
      'region',
      'max-deletes',
      'preserve',
      ...CDN,
      'index-document',
      'origin-path',
      'dry-run',
      'concurrency',
      // A remove writes the owed record, and a locked-down bucket refuses any request without these.
      'expected-bucket-owner',
      'sse',
      'sse-kms-key-id',
      'bucket-key',
    ],
  },
  {
    name: 'purge',
    summary: 'Invalidate paths on CloudFront distributions: no bucket, no site.',
    implied: { invalidate: 'true' },
    inputs: [
      'distribution-id',
      'invalidation-paths',
      'wait',
      'wait-timeout',
      'max-invalidation-paths',
      'origin-path',
      'dry-run',
    ],
  },
  {
    name: 'rollback',
    summary:
      'Atomic releases: make the release before (or --rollback <id>) live again, uploading nothing; the same ' +
      "switch as the action's rollback input.",
    implied: { rollback: 'previous' },
    inputs: [...RELEASES, 'distribution-id', 'invalidation-paths', 'wait', 'wait-timeout', 'dry-run'],
    required: ['bucket', 'release-store'],
    ownFlags: [
      {
        name: 'rollback',
        description: 'The release to make live: previous (the one the store records as previous) or a release id.',
        default: 'previous',
      },
    ],
  },
  {
    name: 'releases',
    summary:
      'Atomic releases: list the releases under --prefix, newest first, with when each went up and its size; ' +
      'the live and the previous one marked.',
    implied: {},
    inputs: RELEASES,
    required: ['bucket', 'release-store'],
  },
  {
    name: 'setup-releases',
    summary:
      'Set a distribution up for atomic releases, once: a KeyValueStore (unless --release-store names one), the ' +
      "viewer-request function edge/viewer-request.js with it, and the function's association with the default " +
      'cache behaviour (only that element of the configuration changes); waits until CloudFront has deployed it.',
    implied: {},
    inputs: ['distribution-id', 'prefix', 'dry-run'],
    ownFlags: [
      {
        name: 'release-store',
        description:
          'The ARN of the CloudFront KeyValueStore that will hold which release is live. Default: a store ' +
          'named s3cd-releases-<distribution-id>, created if missing.',
      },
      {
        name: 'release-name',
        description: "The site's name in the store: its keys are <name>:live and <name>:previous.",
        default: DEFAULTS.releaseName,
      },
    ],
  },
];

/** The CLI's own flags, on every command. */
export const CLI_FLAGS: readonly InputSpec[] = [
  { name: 'json', description: "Print the outputs (the action's outputs, as JSON) on stdout, and nothing else there." },
  {
    name: 'detailed-exitcode',
    description:
      'With dry-run: exit 2 when the run would change something (uploads, deletes or invalidations), 0 when not.',
  },
  { name: 'help', description: 'Show this help.' },
];

/** Flags of the tool itself, without a command. */
export const TOOL_FLAGS: readonly InputSpec[] = [
  { name: 'help', description: 'Show the commands.' },
  { name: 'version', description: "Print the tool's version." },
];

/** The inputs a command takes, in action.yml's order. */
export function commandInputs(command: Command, table: readonly InputSpec[]): InputSpec[] {
  const own = command.ownFlags ?? [];
  const fromTable = table.filter(
    (input) =>
      !own.some((flag) => flag.name === input.name) &&
      (command.inputs === undefined ? RUNNER_ONLY[input.name] === undefined : command.inputs.includes(input.name)),
  );
  return [...fromTable, ...own];
}

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
