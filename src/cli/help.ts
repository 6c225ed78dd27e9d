/**
 * --help, made from the input table the build reads out of action.yml: each flag is an input, with
 * action.yml's description and default, so the help cannot drift from the action.
 */
import { CLI_FLAGS, COMMANDS, type Command, commandInputs, type InputSpec, TOOL_FLAGS } from './commands.js';

const WIDTH = 100;
const TOOL = 's3-cloudfront-deploy';

export const EXIT_CODES = [
  '  0  done (a dry run too, unless --detailed-exitcode)',
  '  1  an error: a bad flag, missing credentials, a failed request',
  '  2  with --detailed-exitcode: a dry run found changes to make',
  '  3  refused before anything was written: max-deletes, the immutability guard, a key S3 refuses,',
  '     a distribution that runs another viewer-request function (setup-releases), a rollback to a',
  '     release that is not there (or with no previous one), another release gone live meanwhile',
];

const ENVIRONMENT = [
  '  AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN   credentials',
  '  AWS_PROFILE   a profile of ~/.aws/credentials and ~/.aws/config (or AWS_SHARED_CREDENTIALS_FILE,',
  '                AWS_CONFIG_FILE): static keys, session tokens, region, endpoint_url; not SSO,',
  '                credential_process or role_arn',
  "  AWS_REGION, AWS_DEFAULT_REGION   the bucket's region (else the profile's)",
  '  AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_CLOUDFRONT, AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE,',
  '  AWS_ENDPOINT_URL   other S3 servers, stand-ins',
  '  HTTPS_PROXY, HTTP_PROXY, NO_PROXY   a proxy to reach AWS through, and the hosts that bypass it',
  '  NO_COLOR   no colours on a terminal',
];

export function toolHelp(): string {
  return [
    `Usage: ${TOOL} <command> [--flags]`,
    '',
    'Commands:',
    ...COMMANDS.flatMap((command) => wrap(command.summary, '    ', `  ${command.name}  `)),
    '',
    'Flags:',
    ...TOOL_FLAGS.map((flag) => `  --${flag.name.padEnd(9)}${flag.description}`),
    '',
    "Every flag is the GitHub Action's input of the same name; each command's --help lists its flags.",
    '',
    'Environment:',
    ...ENVIRONMENT,
    '',
    'Exit codes:',
    ...EXIT_CODES,
    '',
  ].join('\n');
}

export function commandHelp(command: Command, table: readonly InputSpec[]): string {
  return [
    `Usage: ${TOOL} ${command.name} [--flags]`,
    '',
    ...wrap(command.summary, ''),
    '',
    "Flags (the action's inputs; a flag alone means true, a repeated flag adds a line):",
    ...commandInputs(command, table).flatMap(flagHelp),
    '',
    'Output and exit:',
    ...CLI_FLAGS.flatMap(flagHelp),
    '',
    'Exit codes:',
    ...EXIT_CODES,
    '',
  ].join('\n');
}

function flagHelp(input: InputSpec): string[] {
  const lines = [`  --${input.name}`, ...wrap(input.description, '      ')];
  const fallback = input.default?.trim().replace(/\n/g, ', ');
  if (fallback !== undefined && fallback !== '') lines.push(`      default: ${fallback}`);
  return lines;
}

/** first: what the first line starts with instead of indent. */
function wrap(text: string, indent: string, first = indent): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const lead = lines.length === 0 ? first : indent;
    if (line !== '' && lead.length + line.length + 1 + word.length > WIDTH) {
      lines.push(lead + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push((lines.length === 0 ? first : indent) + line);
  return lines;
}
