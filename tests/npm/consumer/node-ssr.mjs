// What a server-side renderer (Next, Nuxt, Astro) does: import the widgets in Node, where
// there is no DOM. The import must not throw; the classes exist but nothing is defined.
const out = {};
for (const spec of ["qinzhou-policy-calc/widgets", "qinzhou-policy-calc/widgets/loan-limit", "qinzhou-policy-calc/widgets/qz-loan-limit.js"]) {
  try {
    const m = await import(spec);
    out[spec] = Object.keys(m).sort();
  } catch (e) {
    out[spec] = `${e.name}: ${e.message}`;
  }
}
console.log(JSON.stringify(out));
