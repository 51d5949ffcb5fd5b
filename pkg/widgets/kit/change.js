// What the fund notice of 2023-01-01 changed for this case, in one line, from the library's
// signed changeFromBefore ("+1200.00", "-300.00", "0.00"): never recomputed here.
import { formatMoney } from "./format.js";

/** [zh, en] for a signed difference of what may be withdrawn; null when there is none. */
export function changeLine(signed) {
  const m = /^([+-]?)(\d+\.\d{2})$/.exec(String(signed ?? ""));
  if (!m) return null;
  const amount = formatMoney(m[2]);
  if (m[1] === "+") return [`比调整前多提取 ${amount} 元`, `${amount} yuan more than before the 2023-01-01 change`];
  if (m[1] === "-") return [`比调整前少提取 ${amount} 元`, `${amount} yuan less than before the 2023-01-01 change`];
  return ["与调整前可提取的金额相同", "The same as before the 2023-01-01 change"];
}
