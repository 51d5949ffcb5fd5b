// Writes pkg/package.json (name, version and description from Cargo.toml) and copies the
// package's own README and Node entry point into pkg/.
import { readFileSync, writeFileSync, copyFileSync, existsSync } from "node:fs";

const cargo = readFileSync("Cargo.toml", "utf8");
const field = (name) => {
  const m = cargo.match(new RegExp(`^${name} = "(.*)"$`, "m"));
  if (!m) throw new Error(`Cargo.toml has no ${name}`);
  return m[1];
};

const pkg = {
  name: field("name"),
  version: field("version"),
  description: field("description"),
  license: field("license"),
  keywords: ["qinzhou", "housing-provident-fund", "公积金", "钦州", "wasm", "calculator"],
  type: "module",
  main: "./qinzhou_policy_calc.js",
  module: "./qinzhou_policy_calc.js",
  types: "./qinzhou_policy_calc.d.ts",
  exports: {
    ".": {
      types: "./qinzhou_policy_calc.d.ts",
      node: "./node.js",
      default: "./qinzhou_policy_calc.js",
    },
    "./web": {
      types: "./qinzhou_policy_calc.d.ts",
      default: "./qinzhou_policy_calc.js",
    },
    "./qinzhou_policy_calc_bg.wasm": "./qinzhou_policy_calc_bg.wasm",
    "./package.json": "./package.json",
  },
  files: [
    "qinzhou_policy_calc.js",
    "qinzhou_policy_calc.d.ts",
    "qinzhou_policy_calc_bg.wasm",
    "qinzhou_policy_calc_bg.wasm.d.ts",
    "node.js",
    "node.d.ts",
    "README.md",
  ],
  sideEffects: false,
  engines: { node: ">=20" },
};

for (const f of ["node.js", "node.d.ts", "README.md"]) {
  if (existsSync(`npm/${f}`)) copyFileSync(`npm/${f}`, `pkg/${f}`);
}
writeFileSync("pkg/package.json", JSON.stringify(pkg, null, 2) + "\n");
