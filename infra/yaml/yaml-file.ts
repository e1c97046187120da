import { LineCounter, parseDocument, type Document } from "yaml";

/**
 * An admin's YAML (or JSON) file, parsed with the positions the loaders need to point at a line:
 * the answer files (infra/knowledge/) and the data folders (infra/data-loader/) read theirs here.
 */
export interface YamlFile {
  readonly document: Document;
  readonly lines: LineCounter;
  /** Syntax errors, each at the line and column (1-based) where the parser stopped. */
  readonly syntaxErrors: readonly YamlSyntaxError[];
}

export interface YamlSyntaxError {
  readonly line: number;
  readonly column: number;
  /** The parser's message, first line only ("All mapping items must start at the same column"). */
  readonly message: string;
}

export function parseYamlFile(text: string): YamlFile {
  const lines = new LineCounter();
  // prettyErrors would add a code excerpt to the message; the position is taken from the counter instead.
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors: YamlSyntaxError[] = [];
  for (const error of document.errors) {
    // An indentation error is reported at the start of its line: point at what is misplaced instead.
    let position = error.pos[0];
    while (text[position] === " " || text[position] === "\t") position++;
    const { line, col } = lines.linePos(position);
    // The errors after the first on a line are the parser losing its way, not more mistakes.
    if (syntaxErrors.some((earlier) => earlier.line === line)) continue;
    syntaxErrors.push({ line, column: col, message: error.message.split("\n")[0] ?? error.message });
  }
  return { document, lines, syntaxErrors };
}

/** What the parser made of a file with syntax errors, to name the records it holds; undefined when nothing. */
export function partialContent(file: YamlFile): unknown {
  try {
    return file.document.toJS();
  } catch {
    return undefined;
  }
}

/** The line of the deepest node of the path that exists: a missing field is reported at its record. */
export function lineOf(file: Pick<YamlFile, "document" | "lines">, path: readonly (string | number)[]): number | undefined {
  const keys = path.map((part) => (typeof part === "string" && /^\d+$/.test(part) ? Number(part) : part));
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = file.document.getIn(keys.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return file.lines.linePos(node.range[0]).line;
  }
  return undefined;
}
