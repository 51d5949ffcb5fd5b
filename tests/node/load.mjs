// Loads the built package the way Node users do (initSync with the wasm bytes), through the
// package's entry: the wrapper that renders every text from the catalogue (the raw glue
// returns texts as data only).
import { readFileSync } from "node:fs";
import * as pkg from "../../pkg/index.js";

pkg.initSync({ module: readFileSync(new URL("../../pkg/qinzhou_policy_calc_bg.wasm", import.meta.url)) });

export default pkg;
