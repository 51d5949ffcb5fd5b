// Loads the built package the way Node users do (initSync with the wasm bytes).
import { readFileSync } from "node:fs";
import * as pkg from "../../pkg/qinzhou_policy_calc.js";

pkg.initSync({ module: readFileSync(new URL("../../pkg/qinzhou_policy_calc_bg.wasm", import.meta.url)) });

export default pkg;
