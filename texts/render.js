// The package's text renderer: fills the `zh` and `en` of every step, warning, reason and error
// from the catalogue, the same way the Rust crate does natively (src/shared/text.rs; the Node
// tests compare the two over every fixture).
//
// A result from the wasm module carries each text as data, `text: { key, args }`; the words
// live in catalogue modules (texts/<lang>/<group>.js), each registering its templates here when
// imported. A page imports the languages (and groups) it shows; a language that is not loaded
// leaves its field out. A site replaces a template with `setTexts(lang, { key: template })`,
// without a rebuild.

const catalogues = Object.create(null);

/** Adds (or replaces) templates of `lang`: `{ "group.name": "template" }`. */
export function setTexts(lang, templates) {
  const table = (catalogues[lang] ??= Object.create(null));
  for (const [key, template] of Object.entries(templates)) {
    if (typeof template !== "string") throw new TypeError(`setTexts: the template of ${key} is not a string`);
    table[key] = template;
  }
}

/** The languages with a catalogue loaded, e.g. ["zh", "en"]. */
export function languages() {
  return Object.keys(catalogues);
}

/** Digits grouped by three in the integer part: "1234567.50" → "1,234,567.50". */
export function grouped(number) {
  const s = String(number);
  const sign = s[0] === "-" || s[0] === "+" ? s[0] : "";
  const digits = sign ? s.slice(1) : s;
  const dot = digits.indexOf(".");
  const int = dot < 0 ? digits : digits.slice(0, dot);
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ",";
    out += int[i];
  }
  return sign + out + (dot < 0 ? "" : digits.slice(dot));
}

function arg(value, lang) {
  if (value == null || typeof value !== "object") return String(value);
  if ("money" in value) return grouped(value.money) + (lang === "zh" ? " 元" : " yuan");
  if ("number" in value) return grouped(value.number);
  if ("count" in value) return grouped(String(value.count));
  if ("year" in value) return String(value.year);
  if ("date" in value) {
    if (lang !== "zh") return value.date;
    const [y, m, d] = value.date.split("-");
    return `${Number(y)}年${Number(m)}月${Number(d)}日`;
  }
  if ("text" in value) return render(value.text, lang) ?? "";
  if ("raw" in value) return value.raw;
  if ("list" in value) return value.list.map((v) => arg(v, lang)).join(lang === "zh" ? "、" : ", ");
  return "";
}

/** Fills a template: `{name}` by the argument's kind, `{{` and `}}` as literal braces. */
export function fill(template, args, lang) {
  return template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (m, name) => {
    if (m === "{{") return "{";
    if (m === "}}") return "}";
    return args && Object.prototype.hasOwnProperty.call(args, name) ? arg(args[name], lang) : m;
  });
}

/**
 * A text (`{ key, args }`, or the written-out `{ zh, en }`) in `lang`; undefined when that
 * language is not loaded. A key missing from a loaded catalogue renders as the key.
 */
export function render(text, lang) {
  if (!text || typeof text !== "object") return undefined;
  if (typeof text.key !== "string") return typeof text[lang] === "string" ? text[lang] : undefined;
  const table = catalogues[lang];
  if (!table) return undefined;
  const template = table[text.key];
  return template === undefined ? text.key : fill(template, text.args, lang);
}

/**
 * Fills `zh` and `en` (each loaded language) on every item of `value` that carries a coded
 * `text`, in place, and returns `value`. Items keep their `text` for a page that renders its own
 * words.
 */
export function localize(value) {
  if (Array.isArray(value)) {
    for (const item of value) if (item && typeof item === "object") localize(item);
  } else if (value && typeof value === "object") {
    for (const k in value) {
      const v = value[k];
      if (k === "text") continue;
      if (v && typeof v === "object") localize(v);
    }
    const text = value.text;
    if (text && typeof text === "object" && typeof text.key === "string") {
      for (const lang in catalogues) value[lang] = render(text, lang);
    }
  }
  return value;
}
