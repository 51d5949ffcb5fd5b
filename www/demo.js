// The demo page: switches every widget's language with the page's (the widgets themselves
// come from the package's one-file scripts, pkg/widgets/qz-widgets.js and, for the 一县一业
// incentives, pkg/widgets/qz-incentives.js, as on a webmaster's site).

const WIDGETS = "qz-loan-limit, qz-rent-withdrawal, qz-childcare-places, qz-repayment-withdrawal, qz-elevator-withdrawal, qz-repayment-schedule, qz-public-rental-subsidy, qz-affordable-rental, qz-introducer-reward, qz-enterprise-reward, qz-employment-subsidy";
const texts = [...document.querySelectorAll("[data-en]")].map((el) => ({ el, zh: el.textContent, en: el.dataset.en }));
const labelled = [...document.querySelectorAll("[data-en-aria-label]")].map((el) => ({
  el,
  zh: el.getAttribute("aria-label"),
  en: el.dataset.enAriaLabel,
}));
const zhTitle = document.title;

function setLang(lang) {
  const en = lang === "en";
  document.documentElement.lang = en ? "en" : "zh-CN";
  document.title = en ? "Qinzhou Housing Provident Fund: policy calculators" : zhTitle;
  for (const { el, zh, en: e } of texts) el.textContent = en ? e : zh;
  for (const { el, zh, en: e } of labelled) el.setAttribute("aria-label", en ? e : zh);
  for (const el of document.querySelectorAll("[data-only]")) el.hidden = el.dataset.only !== (en ? "en" : "zh");
  for (const w of document.querySelectorAll(WIDGETS)) w.setAttribute("lang", en ? "en" : "zh");
  for (const b of document.querySelectorAll("[data-set-lang]")) b.setAttribute("aria-pressed", String(b.dataset.setLang === lang));
  const url = new URL(location.href);
  if (en) url.searchParams.set("lang", "en");
  else url.searchParams.delete("lang");
  history.replaceState(null, "", url);
}

for (const b of document.querySelectorAll("[data-set-lang]")) {
  b.addEventListener("click", () => setLang(b.dataset.setLang));
}
if (new URL(location.href).searchParams.get("lang") === "en") setLang("en");
