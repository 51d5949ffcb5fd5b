/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const aboveScaleEntryReward: (a: any) => [number, number, number];
export const assistanceWorkshopSubsidy: (a: any) => [number, number, number];
export const employmentServiceSubsidy: (a: any) => [number, number, number];
export const enclaveTaxReward: (a: any) => [number, number, number];
export const enterpriseLedInvestmentReward: (a: any) => [number, number, number];
export const functions: () => any;
export const introducerReward: (a: any) => [number, number, number];
export const parkInfrastructureSubsidy: (a: any) => [number, number, number];
export const policyParameters: () => [number, number, number];
export const revenueMilestoneBonus: (a: any) => [number, number, number];
export const standardFactorySubsidy: (a: any) => [number, number, number];
export const technologyInnovationAward: (a: any) => [number, number, number];
export const __wbindgen_malloc: (a: number, b: number) => number;
export const __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_free: (a: number, b: number, c: number) => void;
export const __wbindgen_exn_store: (a: number) => void;
export const __externref_table_alloc: () => number;
export const __wbindgen_externrefs: WebAssembly.Table;
export const __externref_table_dealloc: (a: number) => void;
export const __wbindgen_start: () => void;
