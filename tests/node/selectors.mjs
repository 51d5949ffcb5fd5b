// The fixture runners' expectation paths (DESIGN.md, Tests), the same as
// tests/suite/fixtures.rs: keys, indexes, `name[key=value]` (the first element whose key is
// value), `name[key=value]*` (any such element), `codes` (the sorted codes of an array of
// { code }), and a selector with a true/false expectation for existence.
import assert from "node:assert/strict";

/** Splits a path at the dots outside brackets into keys and selectors. */
export function parsePath(path) {
  const parts = [];
  let current = "";
  let depth = 0;
  for (const ch of path) {
    if (ch === "[") depth += 1;
    if (ch === "]") depth -= 1;
    if (depth < 0 || depth > 1) throw new Error(`${path}: unbalanced brackets`);
    if (ch === "." && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (depth !== 0) throw new Error(`${path}: unbalanced brackets`);
  parts.push(current);
  return parts.map((part) => {
    const open = part.indexOf("[");
    if (open < 0) {
      if (part === "") throw new Error(`${path}: empty segment`);
      return { kind: "key", key: part };
    }
    const name = part.slice(0, open);
    const rest = part.slice(open);
    let inner;
    let any = false;
    if (rest.endsWith("]*")) {
      inner = rest.slice(1, -2);
      any = true;
    } else if (rest.endsWith("]")) inner = rest.slice(1, -1);
    else throw new Error(`${path}: \`${part}\` must end in \`]\` or \`]*\``);
    const eq = inner.indexOf("=");
    if (eq <= 0 || name === "") throw new Error(`${path}: \`${part}\` must be name[key=value]`);
    return { kind: "select", name, key: inner.slice(0, eq), value: inner.slice(eq + 1), any };
  });
}

/** A field as selector text: a string as itself, anything else as its JSON. */
const asText = (v) => (typeof v === "string" ? v : JSON.stringify(v));

function step(v, key) {
  if (Array.isArray(v)) {
    if (key === "codes") {
      const codes = v.map((x) => (x && typeof x.code === "string" ? x.code : undefined));
      if (codes.includes(undefined)) return undefined;
      // Sorted by UTF-16 code unit, like Rust's by byte for the ASCII codes they are.
      return codes.sort();
    }
    if (!/^\d+$/.test(key)) return undefined;
    return v[Number(key)];
  }
  if (v !== null && typeof v === "object" && Object.hasOwn(v, key)) return v[key];
  return undefined;
}

/** Every value the path reaches, and whether it ends in a selector. */
export function lookup(result, path) {
  const segments = parsePath(path);
  let values = [result];
  for (const seg of segments) {
    if (seg.kind === "key") {
      values = values.map((v) => step(v, seg.key)).filter((v) => v !== undefined);
    } else {
      const out = [];
      for (const v of values) {
        const items = step(v, seg.name);
        if (!Array.isArray(items)) continue;
        const hits = items.filter((x) => x !== null && typeof x === "object" && Object.hasOwn(x, seg.key) && asText(x[seg.key]) === seg.value);
        out.push(...(seg.any ? hits : hits.slice(0, 1)));
      }
      values = out;
    }
  }
  return { values, endsInSelector: segments[segments.length - 1].kind === "select" };
}

/** Throws unless `want` holds at `path` in `result`. */
export function check(result, path, want) {
  const { values, endsInSelector } = lookup(result, path);
  if (endsInSelector && typeof want === "boolean") {
    assert.equal(values.length > 0, want, `${path}: exists`);
    return;
  }
  const equal = (got) => {
    try {
      assert.deepEqual(got, want);
      return true;
    } catch {
      return false;
    }
  };
  if (!values.some(equal)) {
    assert.fail(`${path} = ${values.length ? values.map((v) => JSON.stringify(v)).join(" | ") : "nothing"}, want ${JSON.stringify(want)}`);
  }
}

