export * from "./qinzhou_policy_calc.js";
export { default } from "./qinzhou_policy_calc.js";
