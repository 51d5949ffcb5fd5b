// The widgets' styles: one constructed stylesheet shared by every shadow root (a strict CSP
// without 'unsafe-inline' allows it). Every colour, border, radius, font and spacing is a
// documented --qz-* custom property with a fallback; the private --_* names below only alias
// them once. `all: initial` on the host stops a page's inherited styles (text-align: center,
// letter-spacing, …) from reaching inside.

export const CSS_PROPERTIES = {
  "--qz-font-family": 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  "--qz-font-size": "16px",
  "--qz-text-color": "#1b2430",
  "--qz-title-color": "#0d2a4a",
  "--qz-muted-color": "#4d5b6a",
  "--qz-accent": "#0b5cad",
  "--qz-accent-hover": "#084a8c",
  "--qz-on-accent": "#ffffff",
  "--qz-bg": "#ffffff",
  "--qz-border-color": "#c9d3de",
  "--qz-border-width": "1px",
  "--qz-radius": "14px",
  "--qz-input-bg": "#ffffff",
  "--qz-input-border-color": "#8593a3",
  "--qz-input-radius": "9px",
  "--qz-focus-color": "rgba(11, 92, 173, .5)",
  "--qz-result-bg": "#eef4fb",
  "--qz-result-border-color": "#cfe0f3",
  "--qz-result-radius": "12px",
  "--qz-amount-color": "#0d2a4a",
  "--qz-error-color": "#b3261e",
  "--qz-ok-color": "#1d6b3a",
  "--qz-warn-color": "#7a5a00",
  "--qz-spacing": "16px",
  "--qz-chart-1": "#0b5cad",
  "--qz-chart-2": "#f08c2e",
  "--qz-chart-3": "#9aa6b2",
};

const aliases = Object.entries(CSS_PROPERTIES)
  .map(([name, fallback]) => `--_${name.slice(5)}: var(${name}, ${fallback});`)
  .join(" ");

export const CSS = `
:host { all: initial; display: block; container-type: inline-size; ${aliases}
  color: var(--_text-color); font-family: var(--_font-family); font-size: var(--_font-size);
  line-height: 1.55; text-align: start; --_s: var(--_spacing); }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.card { background: var(--_bg); border: var(--_border-width) solid var(--_border-color); border-radius: var(--_radius);
  padding: calc(var(--_s) * 1.1) var(--_s) var(--_s); }
.title { font-size: 1.25em; line-height: 1.3; margin: 0 0 calc(var(--_s) * .25); color: var(--_title-color); font-weight: 700; }
.subhead { font-size: 1em; margin: 0 0 calc(var(--_s) * .4); font-weight: 700; }
.error-summary { margin: 0 0 var(--_s); padding: calc(var(--_s) * .75) var(--_s); border: calc(var(--_border-width) * 4) solid var(--_error-color);
  border-radius: var(--_input-radius); scroll-margin: var(--_s); }
.error-summary:focus { outline: 3px solid var(--_focus-color); outline-offset: 2px; }
.error-summary .subhead { font-size: 1.1em; color: var(--_text-color); }
.error-summary ul { margin: 0; padding-left: 1.2em; }
.error-summary li { margin: calc(var(--_s) * .25) 0; color: var(--_error-color); font-weight: 600; }
.error-summary a { color: var(--_error-color); font-weight: 600; text-decoration: underline; text-underline-offset: .15em; }
.error-summary a:focus { outline: 3px solid var(--_focus-color); outline-offset: 1px; }
.echo { margin: calc(var(--_s) * .25) 0 0; font-size: .92em; font-weight: 600; color: var(--_text-color); font-variant-numeric: tabular-nums; }
.echo:empty { display: none; }
.fallback { margin-top: calc(var(--_s) * .5); }
.intro { margin: 0 0 calc(var(--_s) * .9); color: var(--_muted-color); font-size: .95em; }
form { margin: 0; }
.fields { display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_s) * .9) var(--_s); }
@container (min-width: 600px) {
  .fields { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .wide, fieldset { grid-column: 1 / -1; }
}
.field { min-width: 0; }
[hidden] { display: none !important; }
label.main { display: block; font-weight: 600; margin-bottom: calc(var(--_s) * .25); }
.control { display: flex; align-items: stretch; border: calc(var(--_border-width) * 1.5) solid var(--_input-border-color); border-radius: var(--_input-radius);
  background: var(--_input-bg); overflow: hidden; }
.control:focus-within { border-color: var(--_accent); box-shadow: 0 0 0 3px var(--_focus-color); }
.control input, .control select { flex: 1 1 auto; min-width: 0; width: 100%; border: 0; margin: 0;
  padding: calc(var(--_s) * .6) calc(var(--_s) * .75); font: inherit; color: inherit; background: transparent; min-height: 44px; }
.control input:focus, .control select:focus { outline: none; }
.unit { display: flex; align-items: center; padding: 0 calc(var(--_s) * .75); color: var(--_muted-color);
  border-left: var(--_border-width) solid var(--_border-color); white-space: nowrap; font-size: .95em; }
.invalid .control { border-color: var(--_error-color); border-width: calc(var(--_border-width) * 2); }
.hint { margin: calc(var(--_s) * .25) 0 0; font-size: .85em; color: var(--_muted-color); }
.error { margin: calc(var(--_s) * .4) 0 calc(var(--_s) * .125); color: var(--_error-color); font-weight: 600; font-size: .92em; }
.hint:empty { display: none; }
.check { display: flex; gap: calc(var(--_s) * .6); align-items: flex-start; padding: calc(var(--_s) * .4) 0; font-weight: 600; cursor: pointer; }
.check input { width: 1.375em; height: 1.375em; margin: 1px 0 0; flex: none; accent-color: var(--_accent); }
fieldset { border: var(--_border-width) solid var(--_border-color); border-radius: var(--_input-radius);
  padding: calc(var(--_s) * .6) calc(var(--_s) * .75) calc(var(--_s) * .75); margin: 0; min-width: 0; }
legend { font-weight: 700; padding: 0 calc(var(--_s) * .4); }
.row { border-top: var(--_border-width) dashed var(--_border-color); padding-top: calc(var(--_s) * .6); margin-top: calc(var(--_s) * .6); }
.row:first-of-type { border-top: 0; margin-top: 0; padding-top: 0; }
.row-head { display: flex; justify-content: flex-end; margin: calc(var(--_s) * .4) 0; }
.actions { display: flex; flex-wrap: wrap; gap: calc(var(--_s) * .6); margin-top: var(--_s); }
button { font: inherit; border-radius: var(--_input-radius); min-height: 44px; padding: calc(var(--_s) * .5) calc(var(--_s) * 1.1); cursor: pointer; }
button:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--_focus-color); outline-offset: 2px; }
.primary { background: var(--_accent); color: var(--_on-accent); border: var(--_border-width) solid var(--_accent); font-weight: 600; }
.primary:hover { background: var(--_accent-hover); }
.secondary { background: var(--_input-bg); color: var(--_text-color); border: var(--_border-width) solid var(--_input-border-color); }
.small { min-height: 36px; padding: calc(var(--_s) * .25) calc(var(--_s) * .75); font-size: .9em; }
.form-error { margin-top: calc(var(--_s) * .75); padding: calc(var(--_s) * .6) calc(var(--_s) * .75); border-radius: var(--_input-radius); border: calc(var(--_border-width) * 2) solid var(--_error-color); color: var(--_error-color); font-weight: 600; }
.result { margin-top: calc(var(--_s) * 1.1); padding: calc(var(--_s) * .9) var(--_s); border-radius: var(--_result-radius);
  background: var(--_result-bg); border: var(--_border-width) solid var(--_result-border-color); scroll-margin: var(--_s); }
.result:focus { outline: 3px solid var(--_focus-color); outline-offset: 2px; }
.stale { outline: calc(var(--_border-width) * 2) dashed var(--_warn-color); outline-offset: 2px; }
.stale-note { margin: calc(var(--_s) * .9) 0 calc(var(--_s) * -.5); font-size: .9em; color: var(--_warn-color); font-weight: 600; }
.result.fix, .result.bad { border-color: var(--_error-color); }
.label { margin: 0; color: var(--_muted-color); font-size: .95em; }
.amount { margin: .1em 0 0; font-size: 1.9em; font-weight: 700; line-height: 1.2; color: var(--_amount-color);
  font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.amount .yuan { font-size: .53em; font-weight: 600; }
.wan { margin: .1em 0 0; color: var(--_muted-color); }
.verdict { margin: 0; font-size: 1.25em; font-weight: 700; color: var(--_error-color); }
.verdict.ok { color: var(--_ok-color); }
.sub { margin: calc(var(--_s) * .5) 0 0; }
.kv { display: grid; grid-template-columns: minmax(0, 1fr); row-gap: calc(var(--_s) * .25); margin: calc(var(--_s) * .75) 0 0; }
/* A row is one line when label and value fit, else the value drops under its label: a label
   keeps at least 8em, so none wraps past two lines on a 360 px phone. */
.kv > div { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 calc(var(--_s) * .9); }
.kv dt { color: var(--_muted-color); flex: 1 1 8em; min-width: 0; }
.kv dd { margin: 0 0 0 auto; text-align: end; font-weight: 600; font-variant-numeric: tabular-nums; flex: 0 1 auto; min-width: 0; overflow-wrap: anywhere; }
.more { margin-top: calc(var(--_s) * .9); display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_s) * .75); }
.more > * { min-width: 0; }
.projects { margin: 0; padding: 0; list-style: none; }
.projects li { padding: calc(var(--_s) * .5) 0; border-bottom: var(--_border-width) solid var(--_border-color); }
.meta { display: block; color: var(--_muted-color); font-size: .88em; }
.notice { margin: 0; padding: calc(var(--_s) * .6) calc(var(--_s) * .75); border-radius: var(--_input-radius); border: var(--_border-width) solid var(--_border-color); border-left: calc(var(--_border-width) * 4) solid; }
.notice ul { margin: calc(var(--_s) * .25) 0 0; padding-left: 1.2em; }
.notice.warn { border-left-color: var(--_warn-color); }
.notice.reason { border-left-color: var(--_error-color); }
.notice.info { border-left-color: var(--_ok-color); }
.notice p { margin: 0; font-weight: 700; }
.table-wrap { overflow-x: auto; }
/* A table wider than its box scrolls sideways: the cue says so, the year column stays put. */
.scroll-cue { margin: 0 0 calc(var(--_s) * .4); font-size: .88em; color: var(--_muted-color); font-weight: 600; }
.table-wrap.scrolls { border-inline-end: calc(var(--_border-width) * 3) solid var(--_border-color); }
.table-wrap.scrolls th:first-child, .table-wrap.scrolls td:first-child { position: sticky; left: 0; background: var(--_bg); white-space: nowrap;
  box-shadow: inset calc(var(--_border-width) * -1) 0 0 var(--_border-color); }
@container (max-width: 480px) {
  table { font-size: .85em; }
  th, td { padding: calc(var(--_s) * .35) calc(var(--_s) * .35); }
}
.table-wrap.scrolls tr.binding td:first-child { background: var(--_result-bg); }
table { border-collapse: collapse; width: 100%; font-size: .92em; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: 700; padding-bottom: calc(var(--_s) * .4); }
th, td { padding: calc(var(--_s) * .4) calc(var(--_s) * .5); border-bottom: var(--_border-width) solid var(--_border-color); text-align: start; vertical-align: top; }
thead th { font-weight: 600; white-space: nowrap; }
.num { text-align: end; white-space: nowrap; }
tr.binding td { background: var(--_result-bg); font-weight: 700; }
.tag { display: inline-block; margin-inline-start: calc(var(--_s) * .4); padding: 0 calc(var(--_s) * .4); border-radius: calc(var(--_input-radius) * .66); background: var(--_accent);
  color: var(--_on-accent); font-size: .8em; font-weight: 600; }
.basis { background: transparent; color: var(--_text-color); border: var(--_border-width) solid var(--_muted-color); margin: 0 calc(var(--_s) * .4) 0 0; }
details { border: var(--_border-width) solid var(--_border-color); border-radius: var(--_input-radius); background: var(--_bg); }
summary { cursor: pointer; padding: calc(var(--_s) * .6) calc(var(--_s) * .75); font-weight: 600; min-height: 44px; }
details[open] summary { border-bottom: var(--_border-width) solid var(--_border-color); }
details > :not(summary) { margin: calc(var(--_s) * .6) calc(var(--_s) * .75) calc(var(--_s) * .75); }
ol.steps { padding-left: 1.4em; }
ol.steps li { margin-bottom: calc(var(--_s) * .75); }
ol.steps p { margin: 0; }
.cite { display: block; font-style: normal; color: var(--_muted-color); font-size: .85em; }
blockquote.clause { margin: calc(var(--_s) * .25) 0 0; padding: calc(var(--_s) * .25) calc(var(--_s) * .6); border-left: calc(var(--_border-width) * 3) solid var(--_border-color); color: var(--_text-color); font-size: .88em; }
.step-value { font-weight: 700; font-variant-numeric: tabular-nums; }
.policy { margin: calc(var(--_s) * .75) 0 0; font-size: .82em; color: var(--_muted-color); }
.unavailable { margin: 0; padding: calc(var(--_s) * .75); border-radius: var(--_input-radius); color: var(--_muted-color); }
figure { margin: 0; }
.chart { width: 100%; height: auto; display: block; }
.chart text { font-family: inherit; font-size: .7em; fill: var(--_muted-color); }
.chart .big { font-size: .75em; fill: var(--_text-color); font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: calc(var(--_s) * .4) var(--_s); margin: calc(var(--_s) * .25) 0 0; padding: 0; list-style: none; font-size: .9em; }
.swatch { display: inline-block; width: .75em; height: .75em; border-radius: .2em; margin-right: .4em; vertical-align: -1px; }
.sw-principal, .bar-principal, .bar-1 { background: var(--_chart-1); fill: var(--_chart-1); }
.sw-interest, .bar-interest, .bar-2 { background: var(--_chart-2); fill: var(--_chart-2); }
.bar-3 { fill: var(--_chart-3); } .track { fill: var(--_result-bg); }
.chart .axis { stroke: var(--_input-border-color); } .chart .grid { stroke: var(--_border-color); }
.chart .target { stroke: var(--_error-color); stroke-width: 2; stroke-dasharray: 5 4; }
.chart .target-text { fill: var(--_error-color); }
.docs { margin: calc(var(--_s) * .25) 0 0; padding-left: 1.3em; }
`;

let sheet = null;
/**
 * Gives a shadow root the shared stylesheet. Without constructable stylesheets (Safari before
 * 16.4, Firefox before 101: inside the browser floor) the same CSS comes from the package's
 * file qz-widgets.css through a <link>, which a Content-Security-Policy without
 * style-src 'unsafe-inline' allows (a <style> element it would block). scripts/package.mjs
 * writes that file and rewrites the path for the one-file bundles.
 */
export function adoptStyles(root) {
  if ("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("../qz-widgets.css", import.meta.url).href;
    root.append(link);
  }
}
