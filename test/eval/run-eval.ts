import { loadContentFiles, formatContentProblem } from "../../infra/knowledge/content-files.loader";
import { createUnderstanding } from "../../domain/understanding/understanding";
import { GOALS, SPLITS, crossValidate, evaluate, formatFolds, formatReport, loadEvalSplit } from "./eval-runner";

/** Folds of the cross-validation: each entry has four to six variants per language. */
const FOLDS = 4;

/** `npm run eval`: measures the understanding on the labeled questions, splits side by side. */
async function main(): Promise<number> {
  const content = await loadContentFiles();
  if (!content.valid) {
    console.error(content.problems.map(formatContentProblem).join("\n"));
    return 1;
  }
  const understanding = createUnderstanding(content.entries);
  let goalsMet = true;
  for (const split of SPLITS) {
    const report = evaluate(split, await loadEvalSplit(split), understanding);
    console.log(formatReport(report));
    if (split === "independent") {
      goalsMet = report.top1 >= GOALS.inScopeTop1 && report.abstentionRecall >= GOALS.abstentionRecall;
      console.log(
        `  goals (independent): top-1 >= ${GOALS.inScopeTop1 * 100} %, abstention >= ${GOALS.abstentionRecall * 100} % -> ${goalsMet ? "met" : "NOT met"}`,
      );
    }
    console.log("");
  }
  console.log(formatFolds(crossValidate(content.entries, FOLDS, (entries) => createUnderstanding(entries)), { confusions: process.argv.includes("--confusions") }));
  return goalsMet ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error);
    process.exit(2);
  },
);
