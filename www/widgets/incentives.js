// The 一县一业 incentive calculators as custom elements: importing this module registers the
// three. They are outside widgets/index.js (every housing-fund element), so that a housing-fund
// page never carries them: each loads the incentives module (modules/incentives/), once per page,
// shared by the three. Each is also its own module (qinzhou-policy-calc/widgets/<name>).
export { QzCalculator, DEBOUNCE_MS } from "./kit/element.js";
export { QzIncentiveCalculator } from "./kit/incentive.js";
export { CSS_PROPERTIES } from "./kit/styles.js";
export { QzIntroducerReward } from "./introducer-reward/introducer-reward.js";
export { QzEnterpriseReward } from "./enterprise-reward/enterprise-reward.js";
export { QzEmploymentSubsidy } from "./employment-subsidy/employment-subsidy.js";
export { ready } from "./kit/package.js";
