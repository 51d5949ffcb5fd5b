// What the fund notice of 2023-01-01 changed for this case, in one line, from the library's
// signed changeFromBefore ("+1200.00", "-300.00", "0.00"): never recomputed here, and in the
// library's own words (the catalogue texts change.more / change.less / change.same, the same
// the comparison step uses), so the headline and the step cannot say it differently.

/** [zh, en] for a signed difference of what may be withdrawn; null when there is none. */
export function changeLine(signed, pkg) {
  const m = /^([+-]?)(\d+\.\d{2})$/.exec(String(signed ?? ""));
  if (!m || !pkg?.renderText) return null;
  const text =
    m[1] === "+" ? { key: "change.more", args: { amount: { money: m[2] } } }
    : m[1] === "-" ? { key: "change.less", args: { amount: { money: m[2] } } }
    : { key: "change.same", args: {} };
  return [pkg.renderText(text, "zh"), pkg.renderText(text, "en") ?? pkg.renderText(text, "zh")];
}
