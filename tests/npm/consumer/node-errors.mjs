// Errors from the installed package in Node: a calculator called before init() (the browser
// entry, imported first and not initialised) has a code, and CalculatorError is a class.
const web = await import("qinzhou-policy-calc/web");
const out = {};
try {
  web.rentWithdrawal({});
} catch (e) {
  out.early = { instance: e instanceof web.CalculatorError, code: e.code, messageEn: e.messageEn };
}
// The Node entry initialises the same module.
const { CalculatorError, loanLimit } = await import("qinzhou-policy-calc");
try {
  loanLimit({ date: "2023-01-01", maritalStatus: "single" });
} catch (e) {
  out.bad = { instance: e instanceof CalculatorError, isError: e instanceof Error, code: e.code, field: e.field, name: e.name };
}
console.log(JSON.stringify(out));
