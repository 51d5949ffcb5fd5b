export { QzPublicRentalSubsidy } from "../index.js";
export type { QzResultDetail, QzInvalidDetail } from "../index.js";
