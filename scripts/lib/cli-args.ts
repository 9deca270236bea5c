// Command-line flags for every script: node:util parseArgs in strict mode (an unknown flag or a missing
// value is an error, never silently ignored), and --help / -h printing the usage without doing anything.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CliSpec<O extends Options> {
  /** First line of the help: `npm run <script> -- [flags]`. */
  usage: string;
  /** What the script does, a few lines. */
  description: string;
  options: O;
  /** One help line per option (same keys). */
  help: { [K in keyof O]: string };
  /** Positional arguments allowed (default none). */
  positionals?: boolean;
}

/** The usage text --help prints. */
export function usageText<O extends Options>(spec: CliSpec<O>): string {
  const lines = Object.entries(spec.options).map(([name, o]) => {
    const flag = `--${name}${o.short ? `, -${o.short}` : ''}${o.type === 'string' ? ' <value>' : ''}`;
    return `  ${flag.padEnd(26)} ${spec.help[name as keyof O]}${o.default !== undefined ? ` (default: ${String(o.default)})` : ''}`;
  });
  return `Usage: ${spec.usage}\n\n${spec.description}\n\nOptions:\n${lines.join('\n')}\n  ${'--help, -h'.padEnd(26)} print this help and exit\n`;
}

/**
 * The parsed flags; on --help prints the usage and exits 0, on a bad flag prints the error and the
 * usage to stderr and exits 64 (EX_USAGE). `argv` defaults to the process's own arguments.
 */
export function cliArgs<O extends Options>(spec: CliSpec<O>, argv: string[] = process.argv.slice(2)) {
  const options = { ...spec.options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: spec.positionals ?? false });
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${usageText(spec)}`);
    process.exit(64);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(usageText(spec));
    process.exit(0);
  }
  return parsed;
}
