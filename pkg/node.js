// Node.js entry point: loads the wasm synchronously from the package itself, so
// `import { loanLimit } from "qinzhou-policy-calc"` works in Node 20 with no init call.
import { readFileSync } from "node:fs";
import { initSync } from "./index.js";
// Both languages' words (this entry's catalogue, beside it), so every item has its zh and en
// as with the browser's default init.
import "./texts-zh.js";
import "./texts-en.js";

initSync({ module: readFileSync(new URL("./qinzhou_policy_calc_bg.wasm", import.meta.url)) });

export * from "./index.js";
export { default } from "./index.js";
export { aboveScaleEntryReward, assistanceWorkshopSubsidy, employmentServiceSubsidy, enclaveTaxReward, enterpriseLedInvestmentReward, introducerReward, parkInfrastructureSubsidy, revenueMilestoneBonus, standardFactorySubsidy, technologyInnovationAward } from "./modules/incentives/node.js";
import { policyParameters as own, functions as ownFunctions } from "./index.js";
import { policyParameters as p0, functions as f0 } from "./modules/incentives/node.js";
export function functions() {
  return [...new Set([ownFunctions(), f0()].flat())];
}
export function policyParameters(...a) {
  const seen = new Set();
  return [own(...a), p0(...a)].flat().filter((p) => {
    const key = `${p.id} ${p.effectiveFrom} ${p.effectiveTo}`;
    return !seen.has(key) && seen.add(key);
  });
}
