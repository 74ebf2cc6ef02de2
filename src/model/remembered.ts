// Lint asks the same questions of the same few texts file after file (a step id `s1`, a limit `15 ngày làm việc`):
// a pure reading of a text is worth remembering. The bound keeps a hostile catalog of distinct texts from growing the
// memory without end; past it the answers are forgotten and read again.

/** `read`, remembering its answer for each text (up to `max` texts at a time). Only for pure functions of the text. */
export function remembered<T>(read: (text: string) => T, max = 4096): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as T;
    if (answers.size >= max) answers.clear();
    const answer = read(text);
    answers.set(text, answer);
    return answer;
  };
}
