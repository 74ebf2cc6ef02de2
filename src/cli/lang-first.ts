/**
 * Arguments with a `--lang` written before the command (`procmap --lang en lint`, as other tools take a language) put
 * after it, where the command takes it; before no command (`procmap --lang en --help`) it is left out, the help
 * already speaking it. The root's own options take no value, so the first word not an option names the command.
 */
export function langAfterCommand(argv: readonly string[]): readonly string[] {
  const lang: string[] = [];
  const before: string[] = [];
  let at = 0;
  for (; at < argv.length; at++) {
    const arg = argv[at]!;
    if (arg.startsWith('--lang=')) lang.push(arg);
    else if (arg === '--lang' && at + 1 < argv.length) lang.push(arg, argv[++at]!);
    else if (arg.startsWith('-') && arg !== '--') before.push(arg);
    else break;
  }
  if (lang.length === 0) return argv;
  const command = argv[at];
  if (command === undefined || command === '--') return [...before, ...argv.slice(at)];
  return [...before, command, ...lang, ...argv.slice(at + 1)];
}
