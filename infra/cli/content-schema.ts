import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod/v4";
import { contentSchemas } from "../../domain/knowledge/content-entry.schema";
import { CONTENT_DIR } from "../knowledge/content-files.loader";

/** Where editors find the schema (each YAML file names it in its yaml-language-server comment). */
export const CONTENT_SCHEMA_PATH = join(CONTENT_DIR, "content.schema.json");

/** The JSON Schema of an answer file, generated from the zod schema (the single definition). */
export function contentJsonSchema(): string {
  const schema = z.toJSONSchema(contentSchemas().file, { target: "draft-7" });
  return `${JSON.stringify({ ...schema, title: "ue-advisor answer file" }, null, 2)}\n`;
}

/** `npm run content:schema`: writes the schema; with --check, fails when the file is stale. */
async function main(argv: string[]): Promise<number> {
  const expected = contentJsonSchema();
  if (argv.includes("--check")) {
    const current = await readFile(CONTENT_SCHEMA_PATH, "utf8").catch(() => "");
    if (current !== expected) {
      console.error(`${CONTENT_SCHEMA_PATH} is stale: run npm run content:schema`);
      return 1;
    }
    console.log(`${CONTENT_SCHEMA_PATH} is up to date.`);
    return 0;
  }
  await writeFile(CONTENT_SCHEMA_PATH, expected);
  console.log(`Wrote ${CONTENT_SCHEMA_PATH}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
