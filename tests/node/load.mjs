// Loads the built package the way Node users do: its `node` entry, which instantiates the wasm
// synchronously and loads both languages' words (results carry `zh` and `en`).
import * as pkg from "../../pkg/node.js";

export default pkg;
