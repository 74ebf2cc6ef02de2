/**
 * `--lang` written before the command (`procmap --lang en lint`, `procmap --lang en --help`) as the command's own: it is
 * an option of each command, not of procmap, so commander refused it ("unknown option") or took its value for a command
 * ("unknown command 'en'"). Before a command it moves after its name; with no command, the help it asks for already
 * speaks it (earlyLang), so it is dropped.
 */
export function langAfterCommand(argv: readonly string[]): readonly string[] {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  // Without its value it is left where it is, for commander to say the value is missing.
  if (at < 0 || (argv[at] === '--lang' && at + 1 >= argv.length)) return argv;
  const length = argv[at] === '--lang' ? 2 : 1;
  const option = argv.slice(at, at + length);
  const rest = [...argv.slice(0, at), ...argv.slice(at + length)];
  const words = rest.filter((arg) => !arg.startsWith('-'));
  // `help lint --lang en` is how the help command takes it: after the name it reads; `help` alone takes none.
  if (words[0] === 'help') return words.length > 1 ? [...rest, ...option] : rest;
  if (argv.slice(0, at).some((arg) => !arg.startsWith('-'))) return argv; // after the command: the command's to read
  const command = rest.findIndex((arg) => !arg.startsWith('-'));
  if (command < 0) return rest;
  return [...rest.slice(0, command + 1), ...option, ...rest.slice(command + 1)];
}
