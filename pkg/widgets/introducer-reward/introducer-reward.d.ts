export { QzIntroducerReward } from "../incentives.js";
export type { QzResultDetail, QzInvalidDetail } from "../index.js";
