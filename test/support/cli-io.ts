/** A command-line tool's output, captured line by line (the CliIo the commands take). */
export function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}
