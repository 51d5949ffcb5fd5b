/* tslint:disable */
/* eslint-disable */

/** A money difference with its sign and exactly 2 decimals: "+1200.00", "-300.00", "0.00". */
export type SignedMoney = string;



/** Square metres as input: a string ("14.5") or a finite number; non-negative, at most 2 decimals. */
export type AreaIn = string | number;
/** Square metres in a result, as exact decimal text without trailing zeros, e.g. "14.5". */
export type Area = string;



/** Yuan in a result: a string with exactly 2 decimals and no separators, e.g. "450000.00". */
export type Money = string;
/** Yuan as input: a string ("4500.5") or a finite number; non-negative, at most 2 decimals. */
export type MoneyIn = string | number;
/** A rate or ratio as input: a string ("0.8", "3.1") or a finite number; non-negative. */
export type RateIn = string | number;
/** A rate or ratio in a result, as exact decimal text. */
export type Rate = string;
/** A whole, non-negative number (months, points, places, people). */
export type Count = number;
/** A calendar date written "YYYY-MM-DD". */
export type IsoDate = string;
/** A text as data: a catalogue key with its typed arguments; `zh` and `en` are rendered from it. */
export interface TextRef {
    key: string;
    args: Record<string, TextArg>;
}
/** One argument of a text, tagged by kind; each kind is formatted one way (money: "1,200.00 元"). */
export type TextArg =
| { money: Money }
| { number: string }
| { count: number }
| { year: number }
| { date: IsoDate }
| { text: TextRef }
| { raw: string }
| { list: TextArg[] };
/** One applied rule, in the order applied. */
export interface Step {
    /** The citation, e.g. "钦市金管委规〔2023〕1号 一". */
    rule: string;
    /** What kind of authority the rule rests on. */
    basis: Basis;
    /** What was applied, in Chinese (absent when the page did not load the Chinese texts). */
    zh: string;
    /** What was applied, in English (absent when the page did not load the English texts). */
    en: string;
    /** The words as data, for a page that renders its own (absent on a text written out). */
    text?: TextRef;
    /** The value this step produced, when it produced one. */
    value?: string;
    /** What `value` counts: a page shows 元 only for "yuan". */
    unit?: StepUnit;
}
/** A warning or a reason for ineligibility, with a stable code. */
export interface Notice {
    /** Stable code, e.g. "POINTS_RATE_NOT_CONFIGURED". */
    code: string;
    /** What kind of authority the warning or reason rests on. */
    basis: Basis;
    /** The text in Chinese. */
    zh: string;
    /** The text in English. */
    en: string;
    /** The words as data. */
    text?: TextRef;
}
/** The error every function throws for bad input. */
export interface CalculatorError extends Error {
    /** Stable code, e.g. "INVALID_AMOUNT". */
    code: "INVALID_INPUT" | "INVALID_TYPE" | "INVALID_AMOUNT" | "INVALID_NUMBER" | "INVALID_DATE" | "INVALID_VALUE" | "MISSING_FIELD" | "UNKNOWN_FIELD" | "OUT_OF_RANGE" | "INCONSISTENT" | "RULE_NOT_IN_SOURCE" | "INTERNAL";
    /** The input path at fault, e.g. "balances.spouse"; null when the whole input is. */
    field: string | null;
    /** The message in English (`message` is Chinese). */
    messageEn: string;
}


/**
 * A change of the default rate within the loan (银发〔1998〕190号 第十四条).
 */
export interface RateChange {
    /**
     * The 1 January from which the new rate applies.
     */
    from: IsoDate;
    /**
     * The first period at the new rate: the first beginning on or after `from`.
     */
    firstPeriod: number;
    /**
     * The new annual rate, in percent.
     */
    annualRatePercent: Rate;
    /**
     * The payment of `firstPeriod`: for equal instalments, the payment recomputed on the
     * remaining principal over the remaining periods.
     */
    payment: Money;
}

/**
 * A childcare project of 附件3 二 (钦州市"十四五"时期"一老一小"建设项目计划表).
 */
export interface ChildcareProject {
    /**
     * The row number in 附件3 二.
     */
    number: number;
    /**
     * The project name.
     */
    name: string;
    /**
     * The county or district (县/区).
     */
    county: string;
    /**
     * Places it builds (托位数; 新增托位数 for 浦北县).
     */
    places: number;
    /**
     * Construction years (建设起止年限).
     */
    years: string;
    /**
     * Total investment in 万元 (10,000 yuan), as the table gives it.
     */
    investmentWan: number;
    /**
     * The owner or preparing body (项目业主或前期工作单位).
     */
    owner: string;
}

/**
 * A city reward already obtained for a milestone ("已获市级奖励").
 */
export interface CityReward {
    /**
     * The milestone in 亿元: 1, 10, 30 or 50.
     */
    milestoneYi: Count;
    /**
     * The city reward obtained for it.
     */
    amount: MoneyIn;
}

/**
 * A county-level unit of Qinzhou. Each of the four has one featured industry (一 指导思想);
 * any other unit (`other`) has none.
 */
export type County = "lingshan" | "pubei" | "qinnan" | "qinbei" | "other";

/**
 * A document the application needs.
 */
export interface RequiredDocument {
    /**
     * Its name in Chinese, as the gazette writes it.
     */
    zh: string;
    /**
     * Its name in English.
     */
    en: string;
}

/**
 * A parameter as `policyParameters()` shows it.
 */
export interface ParameterView {
    /**
     * Stable id.
     */
    id: ParamId;
    /**
     * The value as exact decimal text (money with 2 decimals).
     */
    value: string;
    /**
     * The unit.
     */
    unit: Unit;
    /**
     * First day in force, `null` where the source does not say.
     */
    effectiveFrom: IsoDate | null;
    /**
     * Last day in force, absent while in force.
     */
    effectiveTo?: IsoDate;
    /**
     * The document number.
     */
    document: string;
    /**
     * The clause.
     */
    clause: string;
    /**
     * What kind of authority the value rests on.
     */
    basis: Basis;
    /**
     * Chinese label.
     */
    zh: string;
    /**
     * English label.
     */
    en: string;
    /**
     * For the default loan rates only: the day up to which the table was checked against the
     * People's Bank of China's notices (the same day for every rate), so a page can say how
     * far the defaults are vouched for.
     */
    checkedUntil?: IsoDate;
}

/**
 * A personal account's state; a sealed or closed account's points are cleared (积分自动清零).
 */
export type AccountStatus = "normal" | "sealed" | "closed";

/**
 * A worker's status.
 */
export type WorkerStatus = "poverty_alleviated" | "monitored" | "other";

/**
 * An account that may be drawn on.
 */
export interface Account {
    /**
     * Whose account it is.
     */
    relation: Relation;
    /**
     * Its available balance.
     */
    balance: MoneyIn;
}

/**
 * An earlier withdrawal for the same elevator.
 */
export interface PreviousWithdrawal {
    /**
     * The day it was applied for.
     */
    date: IsoDate;
    /**
     * The amount withdrawn (all accounts together).
     */
    amount: MoneyIn;
}

/**
 * An industry as the plan names them; `other` is any industry it does not name.
 */
export type Industry = "chenpi" | "toys_apparel" | "timber_furniture" | "chemicals" | "other";

/**
 * Balances of the accounts that may be drawn on.
 */
export interface Balances {
    /**
     * The applicant's available balance.
     */
    applicant: MoneyIn;
    /**
     * The spouse's available balance (married only; absent means no account).
     */
    spouse?: MoneyIn | null;
}

/**
 * How a martyr's survivor is related to the martyr.
 */
export type MartyrRelation = "spouse" | "parent" | "child" | "other";

/**
 * How a part year is paid.
 */
export type PartialYear = "pro_rata_months" | "full_year_only";

/**
 * How a person deposits into the fund.
 */
export type Scheme = "employed" | "voluntary";

/**
 * How far the 500万 reaches.
 */
export type CapScope = "per_year" | "plan_total";

/**
 * How many of a team's members are 机关事业单位公职人员.
 */
export type PublicServantMembers = "none" | "some" | "all";

/**
 * How the loan is repaid.
 */
export type Method = "equal_installment" | "equal_principal";

/**
 * Local constraints and rates a fund site may configure; the gazette gives none of them.
 */
export interface LocalConstraints {
    /**
     * Yuan of loan per household point, for voluntary depositors.
     */
    yuanPerPoint?: MoneyIn | null;
    /**
     * The price of the home.
     */
    housePrice?: MoneyIn | null;
    /**
     * Maximum loan-to-value ratio, e.g. `"0.8"`.
     */
    maxLoanToValue?: RateIn | null;
    /**
     * The applicant's account balance.
     */
    accountBalance?: MoneyIn | null;
    /**
     * Maximum multiple of the balance, e.g. `"15"`.
     */
    balanceMultiple?: RateIn | null;
    /**
     * Household monthly income.
     */
    monthlyIncome?: MoneyIn | null;
    /**
     * Largest share of income the payment may take, e.g. `"0.5"`.
     */
    maxRepaymentRatio?: RateIn | null;
    /**
     * Annual rate in percent, e.g. `"3.1"`.
     */
    annualRatePercent?: RateIn | null;
    /**
     * Term in months.
     */
    termMonths?: Count | null;
}

/**
 * Marital status as the housing-fund rules distinguish it (未婚/单身 vs 已婚).
 */
export type MaritalStatus = "single" | "married";

/**
 * Names the parameters, so a calculator cannot ask for one that does not exist.
 */
export type ParamId = "loan.cap.both_contributing" | "loan.cap.one_contributing" | "points.balance_step" | "points.time_step" | "points.on_time_per_month" | "points.social_contribution" | "points.household_cap" | "rent.monthly_cap.single" | "rent.monthly_cap.married" | "repayment.retain_months" | "elevator.max_applications" | "elevator.window_years" | "rate.first_home.up_to_5_years" | "rate.first_home.over_5_years" | "rate.second_home.up_to_5_years" | "rate.second_home.over_5_years" | "rate.repricing.term_over_months" | "childcare.target_per_thousand" | "public_rental.subsidy_rate.tier1" | "public_rental.subsidy_rate.tier2" | "public_rental.payment_interval_months" | "public_rental.floor_area_threshold" | "public_rental.standard_review_years" | "affordable_rental.max_rent_percent" | "affordable_rental.main_unit_area" | "yxyy.introducer.threshold" | "yxyy.introducer.rate" | "yxyy.introducer.cap" | "yxyy.enterpriseLed.rate" | "yxyy.enterpriseLed.attachmentRate" | "yxyy.enterpriseLed.threshold.chenpi" | "yxyy.enterpriseLed.threshold.toys_apparel" | "yxyy.enterpriseLed.threshold.timber_furniture" | "yxyy.enterpriseLed.threshold.chemicals" | "yxyy.enterpriseLed.cap" | "yxyy.enclave.rate" | "yxyy.aboveScaleEntry.amount" | "yxyy.milestone.rate" | "yxyy.milestone.revenue.1" | "yxyy.milestone.revenue.10" | "yxyy.milestone.revenue.30" | "yxyy.milestone.revenue.50" | "yxyy.parkInfrastructure.rate" | "yxyy.parkInfrastructure.capPerCounty" | "yxyy.standardFactory.rate" | "yxyy.standardFactory.occupancyPercent" | "yxyy.standardFactory.windowYears" | "yxyy.technology.amount" | "yxyy.employmentService.rateMin" | "yxyy.employmentService.rateMax" | "yxyy.workshop.employmentPerYear" | "yxyy.workshop.contractMonths";

/**
 * One amount the limit is the smallest of.
 */
export interface Constraint {
    /**
     * Which one.
     */
    kind: Binding;
    /**
     * Its amount, rounded down to the fen.
     */
    amount: Money;
    /**
     * Where the amount comes from: `gazette` for the cap (`interpretation` for an unmarried
     * applicant, whose cap the gazette does not state); `site` for every other kind,
     * including `points`: the gazette says to compute it from points, but the amount is
     * the site's yuan per point times the points, a figure the gazette does not give.
     */
    basis: Basis;
}

/**
 * One infrastructure project's actual investment in the previous year.
 */
export interface InfrastructureProject {
    /**
     * The kind.
     */
    kind: InfrastructureKind;
    /**
     * The actual investment in `year − 1`.
     */
    actualInvestment: MoneyIn;
    /**
     * Whether the project is inside the park.
     */
    inPark: boolean;
}

/**
 * One member's points by factor.
 */
export interface MemberPoints {
    /**
     * 缴存余额积分.
     */
    balancePoints: number;
    /**
     * 缴存时间积分.
     */
    timePoints: number;
    /**
     * 缴存按时率积分.
     */
    onTimePoints: number;
    /**
     * 社会贡献积分.
     */
    contributionPoints: number;
    /**
     * The member's total (0 for a sealed or closed account).
     */
    total: number;
}

/**
 * One milestone's bonus.
 */
export interface MilestoneBonus {
    /**
     * The milestone in 亿元.
     */
    milestoneYi: number;
    /**
     * The city reward obtained for it.
     */
    originalReward: Money;
    /**
     * The rate (`"0.5"`).
     */
    rate: Rate;
    /**
     * original × rate, rounded down to the fen.
     */
    bonus: Money;
}

/**
 * One month of the schedule.
 */
export interface Period {
    /**
     * The month, from 1.
     */
    period: number;
    /**
     * principal + interest.
     */
    payment: Money;
    /**
     * The principal repaid this month.
     */
    principal: Money;
    /**
     * The interest of this month: the remaining principal before it × r, rounded half-up.
     */
    interest: Money;
    /**
     * The principal still owed after this month.
     */
    remaining: Money;
}

/**
 * One of the four counties that have a featured industry (the payee of D3).
 */
export type FeaturedCounty = "lingshan" | "pubei" | "qinnan" | "qinbei";

/**
 * One voluntary depositor.
 */
export interface Member {
    /**
     * Account balance (缴存余额), yuan.
     */
    balance: MoneyIn;
    /**
     * Months of deposit history, counted from the last reset: sealing or closing the account
     * clears the points (积分自动清零), so months before a reopening do not count.
     */
    depositMonths: Count;
    /**
     * Months deducted on time and in full since the last reset; cannot exceed
     * `deposit_months`.
     */
    onTimeMonths: Count;
    /**
     * Account state; normal when absent. A sealed or closed account scores 0 while it is so.
     */
    accountStatus?: AccountStatus;
    /**
     * A social-contribution group, if any.
     */
    contribution?: Contribution | null;
    /**
     * Required with `martyr_family`: how the member is related to the martyr.
     */
    martyrRelation?: MartyrRelation | null;
}

/**
 * One worker's subsidies.
 */
export interface WorkerSubsidy {
    /**
     * Whether the worker counts.
     */
    eligible: boolean;
    /**
     * The social insurance subsidy (the employer's contributions paid).
     */
    socialInsuranceSubsidy: Money;
    /**
     * The employment subsidy.
     */
    employmentSubsidy: Money;
    /**
     * The two together.
     */
    total: Money;
    /**
     * Why the worker does not count.
     */
    reasons: Notice[];
}

/**
 * One worker.
 */
export interface Worker {
    /**
     * Status.
     */
    status: WorkerStatus;
    /**
     * The labour contract's length in months (or `openEndedContract`).
     */
    contractMonths?: Count | null;
    /**
     * An open-ended contract.
     */
    openEndedContract?: boolean | null;
    /**
     * Social insurance paid by law.
     */
    socialInsurancePaid: boolean;
    /**
     * The employer's contributions actually paid for the worker in the year.
     */
    employerContributionPaid: MoneyIn;
    /**
     * Full months employed in the year, 0-12.
     */
    monthsEmployed: Count;
}

/**
 * Rest and working days the embedding site supplies for years the built-in table lacks
 * (input field `calendar`), so that a site can stay exact before the library is updated.
 */
export interface SiteCalendar {
    /**
     * Holidays (including weekdays taken off in lieu); weekends need not be listed.
     */
    restDays?: IsoDate[];
    /**
     * Weekend days made working days (调休上班).
     */
    workDays?: IsoDate[];
}

/**
 * Site settings of `assistanceWorkshopSubsidy()`.
 */
export interface WorkshopSettings {
    /**
     * How a part year is paid (default `pro_rata_months`).
     */
    partialYear?: PartialYear | null;
}

/**
 * Site settings of `employmentServiceSubsidy()`.
 */
export interface EmploymentServiceSettings {
    /**
     * The rate per person the site applies: within 600-1,000 inclusive.
     */
    ratePerPerson?: MoneyIn | null;
}

/**
 * Site settings of `parkInfrastructureSubsidy()`.
 */
export interface ParkSettings {
    /**
     * How far the cap reaches (default `per_year`).
     */
    capScope?: CapScope | null;
}

/**
 * Site settings of `revenueMilestoneBonus()`.
 */
export interface MilestoneSettings {
    /**
     * Whether "突破" includes revenue exactly at the milestone (default `false`: it must exceed).
     */
    milestoneInclusive?: boolean | null;
}

/**
 * The applicant or the spouse.
 */
export interface Party {
    /**
     * Whether the person contributes normally (正常缴存) in Qinzhou. Someone whose account
     * is sealed or closed does not (their points are reset): `true` with such an account in
     * `points` is `INCONSISTENT`.
     */
    contributing: boolean;
    /**
     * How; employed when absent.
     */
    scheme?: Scheme;
}

/**
 * The event awarded.
 */
export type TechnologyKind = "key_laboratory" | "technology_innovation_center" | "achievement_transformation";

/**
 * The gazette's own figures, carried in every result so a page can show them beside the
 * calculation.
 */
export interface GazetteFigures {
    /**
     * Places at the end of 2020 (line 864).
     */
    places2020: number;
    /**
     * Places per 1,000 at the end of 2020 as the gazette states it (line 874).
     */
    perThousand2020: string;
    /**
     * The region's (自治区) level it compares with (line 874).
     */
    regionPerThousand: string;
    /**
     * The 2025 target (附件1 item 14; indicator 19 "…左右"), from the parameter table.
     */
    targetPerThousand: Rate;
    /**
     * Total places needed by 2025, "1.48万个左右" (line 874).
     */
    need2025Total: number;
    /**
     * New places needed by 2025, "1.02万个" (line 874).
     */
    need2025New: number;
    /**
     * The population basis, "以七普常住人口测算": the 2020 census resident population of
     * Qinzhou (the number itself is not printed in the gazette).
     */
    censusPopulation: number;
    /**
     * Places of the six projects of 附件3 二.
     */
    projectsPlaces: number;
    /**
     * Investment of the six projects, 万元 (the table's 22798).
     */
    projectsInvestmentWan: number;
}

/**
 * The group a household belongs to, as 二(六) names the first tier.
 */
export type Category = "minimum_living" | "extreme_poverty" | "welfare_leaver" | "none";

/**
 * The groups that earn social-contribution points (三(四)).
 */
export type Contribution = "veteran" | "model_worker" | "heroic_deed" | "poverty_alleviation_leader" | "martyr_family" | "other";

/**
 * The input of `aboveScaleEntryReward()`.
 */
export interface AboveScaleEntryRewardInput {
    /**
     * The day the enterprise entered the above-scale database: the qualifying date.
     */
    entryDate: IsoDate;
    /**
     * The enterprise's county.
     */
    county: County;
    /**
     * The enterprise's industry.
     */
    industry: Industry;
    /**
     * "入驻园区".
     */
    inPark: boolean;
    /**
     * An industrial enterprise ("工业企业").
     */
    industrial: boolean;
    /**
     * The first entry into the database ("首次上规入库").
     */
    firstEntry: boolean;
    /**
     * Entered by reclassification from another statistical sector ("转专业"): excluded.
     */
    transferredFromOtherSector: boolean;
    /**
     * Left the database in the year it entered ("当年入统当年退库"): excluded.
     */
    exitedInEntryYear: boolean;
}

/**
 * The input of `affordableRentalHousing()`.
 */
export interface AffordableRentalHousingInput {
    /**
     * The date: picks the rule in force.
     */
    date: IsoDate;
    /**
     * Whether the applicant has a home of their own where they apply.
     */
    ownsHomeLocally: boolean;
    /**
     * Whether the applicant already enjoys the city's 公租房 protection (a unit or the subsidy).
     */
    inPublicRental: boolean;
    /**
     * Monthly market rent of housing of the same location and quality; more than 0.
     */
    marketRent: MoneyIn;
    /**
     * The monthly rent the unit asks, to check against the maximum.
     */
    rent?: MoneyIn | null;
    /**
     * The unit's floor area (建筑面积) in m².
     */
    unitArea?: AreaIn | null;
}

/**
 * The input of `assistanceWorkshopSubsidy()`.
 */
export interface AssistanceWorkshopSubsidyInput {
    /**
     * The year (2023-2025).
     */
    year: Count;
    /**
     * A recognised 就业帮扶车间.
     */
    recognizedWorkshop: boolean;
    /**
     * The workers (at least one).
     */
    workers: Worker[];
    /**
     * Site settings.
     */
    settings?: WorkshopSettings | null;
}

/**
 * The input of `childcarePlaces()`.
 */
export interface ChildcarePlacesInput {
    /**
     * The (resident) population the rate is measured against; more than 0.
     */
    population: Count;
    /**
     * Existing childcare places.
     */
    places: Count;
    /**
     * Places per 1,000 population to reach; the plan's 4.5 when absent.
     */
    targetPerThousand?: RateIn | null;
    /**
     * Other planned places, counted toward the target (0 when absent).
     */
    planned?: Count | null;
    /**
     * Which projects of 附件3 二 to count in: `"none"` (default), `"gazette"` (all six), or
     * a county name as the gazette writes it (e.g. `"灵山县"`).
     */
    projects?: string | null;
}

/**
 * The input of `elevatorWithdrawal()`.
 */
export interface ElevatorWithdrawalInput {
    /**
     * The date on the planning permit (or approval document).
     */
    permitDate: IsoDate;
    /**
     * The date of this application.
     */
    applicationDate: IsoDate;
    /**
     * The household's withdrawable amount for the elevator (本家庭户可提取额度).
     */
    entitlement: MoneyIn;
    /**
     * Earlier withdrawals for the same elevator; none when absent.
     */
    previous?: PreviousWithdrawal[];
    /**
     * The accounts that may be drawn on, in any order.
     */
    accounts: Account[];
    /**
     * Rest and working days for years the built-in holiday calendar lacks (a site setting).
     */
    calendar?: SiteCalendar | null;
}

/**
 * The input of `employmentServiceSubsidy()`.
 */
export interface EmploymentServiceSubsidyInput {
    /**
     * The day the placements started work: the qualifying date.
     */
    date: IsoDate;
    /**
     * Who placed them.
     */
    providerKind: ProviderKind;
    /**
     * Rural workers placed in enterprises (each person once).
     */
    ruralLabour: Count;
    /**
     * Registered unemployed placed in enterprises (each person once).
     */
    registeredUnemployed: Count;
    /**
     * Site settings.
     */
    settings?: EmploymentServiceSettings | null;
}

/**
 * The input of `enclaveTaxReward()`.
 */
export interface EnclaveTaxRewardInput {
    /**
     * The tax year (2023-2025).
     */
    year: Count;
    /**
     * The recommending county (the payee).
     */
    county: FeaturedCounty;
    /**
     * The enterprise's industry.
     */
    industry: Industry;
    /**
     * "由相关县区推荐引进".
     */
    recommendedByCounty: boolean;
    /**
     * "在自贸区钦州港片区注册".
     */
    registeredInZone: boolean;
    /**
     * Whose land the enterprise uses.
     */
    landUse: LandUse;
    /**
     * The tax the zone actually retains from the enterprise in the year.
     */
    zoneRetainedTax: MoneyIn;
    /**
     * The tax-related rewards the enterprise enjoys, deducted; default 0.
     */
    taxRewards?: MoneyIn | null;
}

/**
 * The input of `enterpriseLedInvestmentReward()`.
 */
export interface EnterpriseLedInvestmentRewardInput {
    /**
     * The day the project started production: the qualifying date ("自投产之日起").
     */
    productionStartDate: IsoDate;
    /**
     * The enterprise's county: fixes the featured industry.
     */
    county: County;
    /**
     * The enterprise's own industry.
     */
    enterpriseIndustry: Industry;
    /**
     * The project is an upstream/downstream supporting project of the county's featured industry.
     */
    chainProject: boolean;
    /**
     * The project comes from outside the city ("从市外引进").
     */
    fromOutsideCity: boolean;
    /**
     * The project's fixed-asset investment from outside the city.
     */
    fixedAssetInvestment: MoneyIn;
    /**
     * The land premium included in it ("不含土地出让金"); default 0.
     */
    landPremium?: MoneyIn | null;
    /**
     * The fixed-asset investment contracted for the production year.
     */
    yearContractedFixedAssetInvestment: MoneyIn;
    /**
     * The land premium included in the year's amount; default 0.
     */
    yearLandPremium?: MoneyIn | null;
}

/**
 * The input of `introducerReward()`.
 */
export interface IntroducerRewardInput {
    /**
     * The day the project landed (the contract was signed): the qualifying date.
     */
    landingDate: IsoDate;
    /**
     * The project's industry.
     */
    industry: Industry;
    /**
     * Whether the project is a 配套项目 of a featured industry (for `industry: "other"`).
     */
    supportingProject?: boolean | null;
    /**
     * 引进投资: the project's total contracted investment (threshold 1亿, inclusive).
     */
    totalInvestment: MoneyIn;
    /**
     * 前两年合同约定的固定资产投资额: the base; at most `totalInvestment`.
     */
    firstTwoYearsFixedAssetInvestment: MoneyIn;
    /**
     * The introducer.
     */
    introducer: Introducer;
    /**
     * "在项目引荐中起到主要推动作用".
     */
    mainRole: boolean;
    /**
     * "备案": the introducer is registered.
     */
    registered: boolean;
}

/**
 * The input of `loanLimit()`.
 */
export interface LoanLimitInput {
    /**
     * The application date: picks the rule version.
     */
    date: IsoDate;
    /**
     * Single or married.
     */
    maritalStatus: MaritalStatus;
    /**
     * The applicant.
     */
    applicant: Party;
    /**
     * The spouse; for a married applicant, absent means the spouse does not contribute.
     */
    spouse?: Party | null;
    /**
     * The points input, required when a contributing party deposits voluntarily. Members go
     * by position: `members[0]` is always the applicant and `members[1]` the spouse, so a
     * contributing voluntary spouse needs an entry at `members[1]` (`MISSING_FIELD` there
     * otherwise) even when the applicant is employed: enter the applicant's figures first.
     */
    points?: PointsInput | null;
    /**
     * Site-configured constraints.
     */
    local?: LocalConstraints | null;
}

/**
 * The input of `parkInfrastructureSubsidy()`.
 */
export interface ParkInfrastructureSubsidyInput {
    /**
     * The year of the grant (2023-2025); the base is the year before.
     */
    year: Count;
    /**
     * The county.
     */
    county: County;
    /**
     * The park is the county's featured-industry park.
     */
    featuredIndustryPark: boolean;
    /**
     * The projects.
     */
    projects?: InfrastructureProject[];
    /**
     * Site settings.
     */
    settings?: ParkSettings | null;
    /**
     * With `plan_total`: what the county was granted before in the plan.
     */
    grantedBefore?: MoneyIn | null;
}

/**
 * The input of `publicRentalSubsidy()`.
 */
export interface PublicRentalSubsidyInput {
    /**
     * The application date: picks the standard in force.
     */
    date: IsoDate;
    /**
     * People in the household (1 to 100).
     */
    householdSize: Count;
    /**
     * The household's per-capita annual income, in yuan.
     */
    perCapitaIncome: MoneyIn;
    /**
     * Site setting: the city's published urban per-capita disposable income of last year,
     * in yuan (the gazette names the line but gives no figure). More than 0.
     */
    incomeLine: MoneyIn;
    /**
     * Whether the household owns housing where it applies.
     */
    ownsHomeLocally: boolean;
    /**
     * Per-capita floor area of the housing it owns, in m²; required when it owns housing.
     */
    perCapitaFloorArea?: AreaIn | null;
    /**
     * Whether the household is registered (户籍) in the city's protection area: tier 1 needs it.
     */
    localHukou: boolean;
    /**
     * The tier-1 group it belongs to, if any (`"none"` when absent). 低保 and 特困 households
     * are in principle housed in kind (二(五)), and get a step and a warning saying so; 二(五)
     * names 低收入 households too, which this field cannot express.
     */
    category?: Category | null;
    /**
     * Whether it already lives in a 公租房 unit allocated in kind (实物配租). 二(五) houses
     * 城镇低保, 低收入 and 分散救助供养特困人员 households in kind in principle; the subsidy is for
     * qualified households not yet housed so (二(六)).
     */
    inKindAllocation?: boolean | null;
    /**
     * Site setting: the floor area per person the standard is paid on, in m² (the gazette
     * gives none). Without it, the result gives eligibility and tier only.
     */
    areaPerPerson?: AreaIn | null;
}

/**
 * The input of `rentWithdrawal()`.
 */
export interface RentWithdrawalInput {
    /**
     * The application date: picks the ceiling in force.
     */
    date: IsoDate;
    /**
     * Single or married.
     */
    maritalStatus: MaritalStatus;
    /**
     * Whether the depositor or the spouse has housing registered in Qinzhou.
     */
    ownsHomeInQinzhou: boolean;
    /**
     * The actual monthly rent.
     */
    monthlyRent: MoneyIn;
    /**
     * Months the withdrawal covers (a positive whole number).
     */
    months: Count;
    /**
     * Account balances.
     */
    balances: Balances;
}

/**
 * The input of `repaymentSchedule()`.
 */
export interface RepaymentScheduleInput {
    /**
     * The loan principal (more than 0).
     */
    principal: MoneyIn;
    /**
     * The annual rate in percent (0-100), e.g. `"3.1"`: the contract rate, never repriced.
     * When absent, the default rate for the term (see `policyParameters()`: the People's Bank of China rates by home and term) is used, and the
     * result says so.
     */
    annualRatePercent?: RateIn | null;
    /**
     * Whether the loan is for a first home; picks the default rate only (true when absent).
     */
    firstHome?: boolean | null;
    /**
     * The term in months, 1 to 600.
     */
    termMonths: Count;
    /**
     * Equal instalment or equal principal.
     */
    method: Method;
    /**
     * The loan's start: picks the default rate in force that day and, for a term over 12
     * months, reprices the default from each 1 January after a later rate took effect.
     * Without it (and without a rate) the latest default is used, with a warning.
     */
    date?: IsoDate | null;
}

/**
 * The input of `repaymentWithdrawal()`.
 */
export interface RepaymentWithdrawalInput {
    /**
     * The application date: picks the number of months to retain.
     */
    date: IsoDate;
    /**
     * The main borrower's account balance.
     */
    balance: MoneyIn;
    /**
     * The main borrower's monthly deposit (月缴存额).
     */
    monthlyDeposit: MoneyIn;
    /**
     * The loan principal and interest due that the withdrawal pays, when known.
     */
    amountDue?: MoneyIn | null;
}

/**
 * The input of `revenueMilestoneBonus()`.
 */
export interface RevenueMilestoneBonusInput {
    /**
     * The revenue year (2023-2025).
     */
    year: Count;
    /**
     * The enterprise's county.
     */
    county: County;
    /**
     * The enterprise's industry.
     */
    industry: Industry;
    /**
     * "入驻园区".
     */
    inPark: boolean;
    /**
     * A 规模以上工业企业.
     */
    aboveScaleIndustrial: boolean;
    /**
     * The year's main business revenue.
     */
    revenue: MoneyIn;
    /**
     * The highest annual main business revenue of any earlier year.
     */
    previousHighestRevenue: MoneyIn;
    /**
     * The city rewards obtained, one per milestone.
     */
    cityRewards?: CityReward[];
    /**
     * Site settings.
     */
    settings?: MilestoneSettings | null;
}

/**
 * The input of `standardFactorySubsidy()`.
 */
export interface StandardFactorySubsidyInput {
    /**
     * Built by social (non-government) capital.
     */
    socialCapital: boolean;
    /**
     * In a park.
     */
    inPark: boolean;
    /**
     * Completed and accepted ("竣工验收").
     */
    completionAccepted: boolean;
    /**
     * The day the factory was put into use.
     */
    inUseDate: IsoDate;
    /**
     * The day the occupancy was reached: the qualifying date.
     */
    occupancyReachedDate: IsoDate;
    /**
     * The occupancy of the total project floor area, in percent (0-100).
     */
    occupancyRatePercent: RateIn;
    /**
     * That year's Qinzhou share of the tenants' local economic contribution.
     */
    localContribution: MoneyIn;
    /**
     * The contribution rewards the city gave those tenants, deducted; default 0.
     */
    contributionRewards?: MoneyIn | null;
}

/**
 * The input of `technologyInnovationAward()`.
 */
export interface TechnologyInnovationAwardInput {
    /**
     * The day of the approval or verification: the qualifying date.
     */
    date: IsoDate;
    /**
     * The enterprise "符合"一县一业"条件" (attested by the department).
     */
    qualifiesYixianYiye: boolean;
    /**
     * The event.
     */
    kind: TechnologyKind;
    /**
     * Platforms: the approving level.
     */
    level?: ApprovalLevel | null;
    /**
     * Platforms: the enterprise led its creation ("牵头组建").
     */
    leadEnterprise?: boolean | null;
    /**
     * Platforms: newly approved ("新获批").
     */
    newlyApproved?: boolean | null;
    /**
     * Transformation: advanced technology introduced.
     */
    advancedTechnologyIntroduced?: boolean | null;
    /**
     * Transformation: passed the region's 重大科技成果转化绩效核实.
     */
    regionalVerificationPassed?: boolean | null;
}

/**
 * The input of `voluntaryPoints()`: the applicant, then the spouse.
 */
export interface PointsInput {
    /**
     * One or two members: the applicant, then the spouse.
     */
    members: Member[];
}

/**
 * The introducer.
 */
export interface Introducer {
    /**
     * Team, enterprise or individual.
     */
    kind: IntroducerKind;
    /**
     * For an individual only: whether they are a 机关事业单位公职人员 (excluded).
     */
    publicServant?: boolean | null;
    /**
     * For a team only: how many members are public servants.
     */
    publicServantMembers?: PublicServantMembers | null;
}

/**
 * The kind of an infrastructure project.
 */
export type InfrastructureKind = "road" | "water_drainage" | "standard_factory" | "other_infrastructure";

/**
 * The level that approved a platform.
 */
export type ApprovalLevel = "city" | "region" | "national";

/**
 * The result of `aboveScaleEntryReward()`.
 */
export interface AboveScaleEntryRewardResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met (`false` always with a reason); the
     * amount may still be `"0.00"`, and a step then says why.
     */
    eligible: boolean;
    /**
     * The reward: 15万 or `"0.00"`.
     */
    amount: Money;
    /**
     * Who pays.
     */
    payer: Payer | null;
}

/**
 * The result of `affordableRentalHousing()`.
 */
export interface AffordableRentalHousingResult extends Explanation {
    /**
     * Whether the applicant may rent affordable rental housing.
     */
    eligible: boolean;
    /**
     * The most the unit may charge a month: 90% of the market rent, rounded down to the fen.
     */
    maxRent: Money;
    /**
     * Whether the given rent is within the maximum; absent when no rent was given.
     */
    rentWithinCap?: boolean;
    /**
     * The rent above the maximum (0 when within); absent when no rent was given.
     */
    excess?: Money;
}

/**
 * The result of `assistanceWorkshopSubsidy()`.
 */
export interface AssistanceWorkshopSubsidyResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met for at least one worker (`false` always
     * with a reason); the total may still be `"0.00"`, and a step then says why.
     */
    eligible: boolean;
    /**
     * Per worker, in input order.
     */
    workers: WorkerSubsidy[];
    /**
     * The social insurance subsidies together.
     */
    socialInsuranceTotal: Money;
    /**
     * The employment subsidies together.
     */
    employmentTotal: Money;
    /**
     * Everything.
     */
    total: Money;
    /**
     * Who pays: the gazette does not say (`null`).
     */
    payer: Payer | null;
}

/**
 * The result of `childcarePlaces()`.
 */
export interface ChildcarePlacesResult extends Explanation {
    /**
     * places / population × 1,000, to 2 decimals, half-up (e.g. `"1.40"`).
     */
    perThousand: string;
    /**
     * The target used, places per 1,000.
     */
    target: Rate;
    /**
     * ceil(target × population / 1,000).
     */
    required: number;
    /**
     * max(0, required − places − planned): the gazette's projects not counted.
     */
    gap: number;
    /**
     * `planned` + the places of the selected projects.
     */
    plannedPlaces: number;
    /**
     * max(0, required − places − plannedPlaces).
     */
    gapAfterPlanned: number;
    /**
     * Whether the existing places already meet the target (places ≥ required).
     */
    met: boolean;
    /**
     * Whether the target is met once everything planned is built (gapAfterPlanned = 0).
     */
    metAfterPlanned: boolean;
    /**
     * The projects counted in.
     */
    projects: ChildcareProject[];
    /**
     * The gazette's own figures.
     */
    gazette: GazetteFigures;
}

/**
 * The result of `elevatorWithdrawal()`.
 */
export interface ElevatorWithdrawalResult extends Explanation {
    /**
     * Whether this application may be made.
     */
    eligible: boolean;
    /**
     * The last day of the window (inside it): `windowEndsNominal`, or, when that is
     * a statutory rest day, the first day after the rest (Civil Code art. 203).
     */
    windowEnds: IsoDate;
    /**
     * The corresponding day the window's years after the permit date, or the month's last
     * day where that day does not exist (29 Feb → 28 Feb) (Civil Code arts. 201-202).
     */
    windowEndsNominal: IsoDate;
    /**
     * This application's number: 1-3 when eligible; more than 3 means over the limit.
     */
    applicationNumber: number;
    /**
     * Applications still possible after this one (when eligible); when not eligible, those
     * still possible later (3 before the window opens, otherwise 0).
     */
    applicationsLeft: number;
    /**
     * The entitlement less all earlier withdrawals.
     */
    remainingEntitlement: Money;
    /**
     * What to draw from which account, in drawing order; accounts drawn on only.
     */
    allocation: Allocation[];
    /**
     * The sum of the allocation.
     */
    covered: Money;
    /**
     * What the accounts cannot cover: `covered + uncovered = remainingEntitlement`.
     */
    uncovered: Money;
    /**
     * The documents to bring (listed, not verified).
     */
    documents: RequiredDocument[];
}

/**
 * The result of `employmentServiceSubsidy()`.
 */
export interface EmploymentServiceSubsidyResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met (`false` always with a reason); the
     * amount may still be `"0.00"`, and a step then says why.
     */
    eligible: boolean;
    /**
     * Persons placed.
     */
    persons: number;
    /**
     * The low end of the gazette's range per person.
     */
    rateMin: Money;
    /**
     * The high end.
     */
    rateMax: Money;
    /**
     * The site's rate; `null` when the site set none.
     */
    rate: Money | null;
    /**
     * rate × persons; `null` when the site set no rate (`"0.00"` when not eligible).
     */
    amount: Money | null;
    /**
     * rateMin × persons (`"0.00"` when not eligible).
     */
    amountMin: Money;
    /**
     * rateMax × persons (`"0.00"` when not eligible).
     */
    amountMax: Money;
    /**
     * Who pays: the gazette does not say (`null`).
     */
    payer: Payer | null;
}

/**
 * The result of `enclaveTaxReward()`.
 */
export interface EnclaveTaxRewardResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met (`false` always with a reason); the
     * amount may still be `"0.00"`, and a step then says why.
     */
    eligible: boolean;
    /**
     * The sentence that applies; `null` on the zone's land.
     */
    route: EnclaveRoute | null;
    /**
     * max(0, retained − rewards).
     */
    netRetained: Money;
    /**
     * The rate (`"1"`).
     */
    rate: Rate;
    /**
     * What the zone pays the county (`"0.00"` when not eligible).
     */
    amountToCounty: Money;
    /**
     * The county paid; `null` when not eligible.
     */
    payeeCounty: FeaturedCounty | null;
    /**
     * Whether the enterprise's GDP and other statistics go to the county.
     */
    statisticsToCounty: boolean;
    /**
     * Who pays.
     */
    payer: Payer | null;
}

/**
 * The result of `enterpriseLedInvestmentReward()`.
 */
export interface EnterpriseLedInvestmentRewardResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met (`false` always with a reason); the
     * amount may still be `"0.00"`, and a step then says why.
     */
    eligible: boolean;
    /**
     * The sentence the enterprise comes under; `null` for a county with no featured industry.
     */
    route: Route | null;
    /**
     * The county's featured industry, whose threshold applies; `null` for `county: "other"`.
     */
    industry: Industry | null;
    /**
     * That industry's threshold; `null` for `county: "other"`.
     */
    threshold: Money | null;
    /**
     * The measure compared with it: fixed-asset investment − land premium.
     */
    thresholdMeasure: Money;
    /**
     * The main text's rate (`"0.002"`).
     */
    rate: Rate;
    /**
     * The base: the year's contracted fixed-asset investment − its land premium.
     */
    base: Money;
    /**
     * base × rate, rounded down to the fen (`"0.00"` when not eligible).
     */
    uncapped: Money;
    /**
     * The cap per project.
     */
    cap: Money;
    /**
     * The reward (`"0.00"` when not eligible).
     */
    amount: Money;
    /**
     * Whether the cap bound.
     */
    capped: boolean;
    /**
     * The attachment's rate (`"0.02"`), never used for `amount`.
     */
    attachmentRate: Rate;
    /**
     * What the attachment's reading would give: min(base × 2%, cap) (`"0.00"` when not eligible).
     */
    attachmentAmount: Money;
    /**
     * Who pays.
     */
    payer: Payer | null;
}

/**
 * The result of `introducerReward()`.
 */
export interface IntroducerRewardResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met (`false` always with a reason); the
     * amount may still be `"0.00"`, and a step then says why.
     */
    eligible: boolean;
    /**
     * The least 引进投资 (1亿).
     */
    threshold: Money;
    /**
     * The rate (`"0.01"`).
     */
    rate: Rate;
    /**
     * The base: the first two years' contracted fixed-asset investment.
     */
    base: Money;
    /**
     * base × rate, rounded down to the fen (`"0.00"` when not eligible).
     */
    uncapped: Money;
    /**
     * The cap per project.
     */
    cap: Money;
    /**
     * The reward (`"0.00"` when not eligible).
     */
    amount: Money;
    /**
     * Whether the cap bound (the uncapped amount exceeds it).
     */
    capped: boolean;
    /**
     * Who pays.
     */
    payer: Payer | null;
}

/**
 * The result of `loanLimit()`.
 */
export interface LoanLimitResult extends Explanation {
    /**
     * Whether anyone in the household contributes normally in Qinzhou.
     */
    eligible: boolean;
    /**
     * The gazette's cap for this household (0.00 when not eligible).
     */
    cap: Money;
    /**
     * The loan limit: the smallest of the cap and every active constraint; `null` when it
     * depends on the points-based amount and the site has not set `yuanPerPoint` (the fund
     * centre computes it from points): the cap is then only an upper bound, never the limit.
     */
    limit: Money | null;
    /**
     * The limit is at most this: the smallest amount known (equal to `limit` when that is
     * known; 0.00 when not eligible).
     */
    upperBound: Money;
    /**
     * Which constraint gave the limit; `points` when the limit is unknown for want of
     * `yuanPerPoint`. On a tie the first in `constraints` order wins (cap, points,
     * loan-to-value, balance multiple, repayment capacity), so the gazette's cap is named
     * when a site constraint equals it.
     */
    binding: Binding;
    /**
     * Every active constraint, the cap first.
     */
    constraints: Constraint[];
    /**
     * The voluntary-deposit points, when a points input was given. When the points enter
     * the limit, their household total, raw total, cap flag, priority and household step
     * count only the contributing voluntary depositors (the same total as `pointsCounted`);
     * each member's own points stay in `members`.
     */
    points?: PointsResult;
    /**
     * The household points that enter the limit: only contributing voluntary depositors'
     * points, husband's and wife's added up, capped at 10; `null` when points are not used.
     */
    pointsCounted: number | null;
    /**
     * The points-based amount; `null` when the site has not configured yuan per point.
     */
    pointsAmount: Money | null;
    /**
     * Priority approval and disbursement (a contribution group among the depositors).
     */
    priority: boolean;
}

/**
 * The result of `parkInfrastructureSubsidy()`.
 */
export interface ParkInfrastructureSubsidyResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met (`false` always with a reason); the
     * amount may still be `"0.00"`, and a step then says why.
     */
    eligible: boolean;
    /**
     * The year whose investment counts (`year − 1`).
     */
    baseYear: number;
    /**
     * The actual investment of the projects inside the park.
     */
    base: Money;
    /**
     * The rate (`"0.1"`).
     */
    rate: Rate;
    /**
     * base × rate, rounded down to the fen (`"0.00"` when not eligible).
     */
    uncapped: Money;
    /**
     * The cap per county.
     */
    cap: Money;
    /**
     * What is left of the cap.
     */
    capRemaining: Money;
    /**
     * The subsidy (`"0.00"` when not eligible).
     */
    amount: Money;
    /**
     * Whether the cap bound.
     */
    capped: boolean;
    /**
     * Who pays.
     */
    payer: Payer | null;
}

/**
 * The result of `publicRentalSubsidy()`.
 */
export interface PublicRentalSubsidyResult extends Explanation {
    /**
     * Whether the household qualifies for the rental subsidy.
     */
    eligible: boolean;
    /**
     * The subsidy tier (1 or 2); `null` when not eligible.
     */
    tier: 1 | 2 | null;
    /**
     * The standard of that tier in 元 per m² per month per person; `null` when not eligible.
     */
    ratePerSquareMetre: Money | null;
    /**
     * The area per person the site pays the standard on, when it gave one.
     */
    areaPerPerson?: Area;
    /**
     * rate × area per person × household size, rounded down to the fen; absent when not
     * eligible or without the area.
     */
    monthly?: Money;
    /**
     * The payment made every half year: 6 × monthly; absent with `monthly`.
     */
    halfYearly?: Money;
}

/**
 * The result of `rentWithdrawal()`.
 */
export interface RentWithdrawalResult extends Explanation {
    /**
     * Whether the household may withdraw for rent.
     */
    eligible: boolean;
    /**
     * The monthly rent ceiling in force for this household.
     */
    monthlyCap: Money;
    /**
     * min(actual rent, ceiling).
     */
    monthlyAllowed: Money;
    /**
     * The months covered.
     */
    months: number;
    /**
     * monthly allowed × months, before the balances limit it.
     */
    entitlement: Money;
    /**
     * What may be withdrawn in all.
     */
    total: Money;
    /**
     * Drawn from the applicant's account.
     */
    fromApplicant: Money;
    /**
     * Drawn from the spouse's account.
     */
    fromSpouse: Money;
    /**
     * Whether the balances, not the ceiling, limited the total.
     */
    limitedByBalance: boolean;
    /**
     * The same case under the rule in force on 2022-12-31; absent for dates before
     * 2023-01-01 (they are under that rule already).
     */
    beforeChange?: RentBeforeChange;
    /**
     * `total − beforeChange.total`, signed; absent with `beforeChange`.
     */
    changeFromBefore?: SignedMoney;
}

/**
 * The result of `repaymentSchedule()`.
 */
export interface RepaymentScheduleResult extends Explanation {
    /**
     * The method used.
     */
    method: Method;
    /**
     * The annual rate of the first period, in percent (the input, or the default in force on
     * the loan's start); later rates are in `rate_changes`.
     */
    annualRatePercent: Rate;
    /**
     * The first period's monthly rate r = annual rate / 12 as a fraction, shown to 10
     * decimals; the calculation uses the exact value.
     */
    monthlyRate: string;
    /**
     * The first month's payment.
     */
    firstPayment: Money;
    /**
     * The last month's payment.
     */
    lastPayment: Money;
    /**
     * The sum of all interest.
     */
    totalInterest: Money;
    /**
     * The sum of all payments: principal + total interest.
     */
    totalPayment: Money;
    /**
     * Every month.
     */
    schedule: Period[];
    /**
     * Each repricing of the default rate, in order; empty when none.
     */
    rateChanges: RateChange[];
}

/**
 * The result of `repaymentWithdrawal()`.
 */
export interface RepaymentWithdrawalResult extends Explanation {
    /**
     * Months of the monthly deposit that must stay in the account.
     */
    retainMonths: number;
    /**
     * monthly deposit × retain months: the amount that must stay.
     */
    retained: Money;
    /**
     * What may be withdrawn: max(0, balance − retained), not more than the amount due.
     */
    withdrawable: Money;
    /**
     * Whether the amount due, not the balance, limited the withdrawal.
     */
    limitedByAmountDue: boolean;
    /**
     * The same case under the rule in force on 2022-12-31; absent for dates before
     * 2023-01-01 (they are under that rule already).
     */
    beforeChange?: RepaymentBeforeChange;
    /**
     * `withdrawable − beforeChange.withdrawable`, signed; absent with `beforeChange`.
     */
    changeFromBefore?: SignedMoney;
}

/**
 * The result of `revenueMilestoneBonus()`.
 */
export interface RevenueMilestoneBonusResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met and the total is above 0 (POLICY D4b;
     * `false` always with a reason, `BONUS_BELOW_ONE_FEN` when the bonuses round down to 0.00).
     */
    eligible: boolean;
    /**
     * The milestones first crossed in the year, ascending.
     */
    milestonesCrossed: number[];
    /**
     * The bonus of each crossed milestone with a city reward (empty when not eligible).
     */
    bonuses: MilestoneBonus[];
    /**
     * The sum of the bonuses.
     */
    total: Money;
    /**
     * Who pays.
     */
    payer: Payer | null;
}

/**
 * The result of `standardFactorySubsidy()`.
 */
export interface StandardFactorySubsidyResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met (`false` always with a reason); the
     * amount may still be `"0.00"`, and a step then says why.
     */
    eligible: boolean;
    /**
     * The last day of the two years from being put into use.
     */
    windowEnds: IsoDate;
    /**
     * max(0, contribution − rewards).
     */
    net: Money;
    /**
     * The rate (`"0.5"`).
     */
    rate: Rate;
    /**
     * net × rate, rounded down to the fen (`"0.00"` when not eligible).
     */
    amount: Money;
    /**
     * Who pays.
     */
    payer: Payer | null;
}

/**
 * The result of `technologyInnovationAward()`.
 */
export interface TechnologyInnovationAwardResult extends Explanation {
    /**
     * Whether every condition the gazette sets is met (`false` always with a reason); the
     * amount may still be `"0.00"`, and a step then says why.
     */
    eligible: boolean;
    /**
     * Support or award.
     */
    nature: AwardNature;
    /**
     * 5万 or `"0.00"`.
     */
    amount: Money;
    /**
     * Who pays.
     */
    payer: Payer | null;
}

/**
 * The result of `voluntaryPoints()`.
 */
export interface PointsResult extends Explanation {
    /**
     * Each member's points, in input order.
     */
    members: MemberPoints[];
    /**
     * The spouses' points added up, before the cap.
     */
    householdRaw: number;
    /**
     * The household points after the cap of 10.
     */
    household: number;
    /**
     * Whether the cap cut the total.
     */
    capped: boolean;
    /**
     * Whether a member belongs to a group that gets priority approval and disbursement.
     */
    priority: boolean;
}

/**
 * The rule version a result used.
 */
export interface PolicyRef {
    /**
     * The document number.
     */
    document: string;
    /**
     * The day the version took effect; `null` where the gazette does not say.
     */
    effectiveFrom: IsoDate | null;
    /**
     * The last day the version applied, for a superseded version.
     */
    effectiveTo?: IsoDate;
}

/**
 * The unit of a parameter's value.
 */
export type Unit = "yuan" | "yuan_per_month" | "yuan_per_point" | "months" | "years" | "points" | "applications" | "percent_per_year" | "per_thousand" | "yuan_per_square_metre_per_month_per_person" | "square_metres" | "percent" | "ratio" | "yuan_per_person" | "yuan_per_person_per_year";

/**
 * What a step's value counts.
 */
export type StepUnit = "yuan" | "per_thousand" | "places" | "square_metres" | "points";

/**
 * What every result carries besides its figures, flattened into the result object: the rules
 * applied with their citations, what to warn about, why someone is not eligible, and the
 * rule version used.
 */
export interface Explanation {
    /**
     * The rules applied, in order, each with its citation.
     */
    steps: Step[];
    /**
     * Warnings (empty when none).
     */
    warnings: Notice[];
    /**
     * Why the person is not eligible (empty when eligible or when there is no test).
     */
    reasons: Notice[];
    /**
     * The rule version used.
     */
    policy: PolicyRef;
}

/**
 * What kind of authority a rule rests on. A reader deciding whether to rely on a number
 * must be able to tell the gazette's own rule from national law, another official figure, a
 * setting of the site they are on, or a choice the library made where the gazette is silent.
 */
export type Basis = "gazette" | "law" | "official" | "site" | "interpretation";

/**
 * What one account contributes.
 */
export interface Allocation {
    /**
     * Whose account.
     */
    relation: Relation;
    /**
     * The position of the account in the input `accounts` (0-based), so that two parents'
     * or children's accounts can be told apart.
     */
    account: number;
    /**
     * The amount drawn from it.
     */
    amount: Money;
}

/**
 * What the same case gave under the rule in force on 2022-12-31.
 */
export interface RentBeforeChange {
    /**
     * The monthly rent ceiling then.
     */
    monthlyCap: Money;
    /**
     * What could be withdrawn in all then.
     */
    total: Money;
}

/**
 * What the same case gave under the rule in force on 2022-12-31.
 */
export interface RepaymentBeforeChange {
    /**
     * Months of the monthly deposit that had to stay then.
     */
    retainMonths: number;
    /**
     * The amount that had to stay then.
     */
    retained: Money;
    /**
     * What could be withdrawn then.
     */
    withdrawable: Money;
}

/**
 * Whether the money is support (扶持) or an award (奖励), as the clause words it.
 */
export type AwardNature = "support" | "award";

/**
 * Which amount limits the loan.
 */
export type Binding = "cap" | "points" | "loan_to_value" | "balance_multiple" | "repayment_capacity";

/**
 * Which sentence of the clause applies.
 */
export type EnclaveRoute = "non_land" | "county_land_quota";

/**
 * Which sentence of the clause the enterprise comes under.
 */
export type Route = "featured" | "other_industry";

/**
 * Who introduced the project.
 */
export type IntroducerKind = "team" | "enterprise" | "individual";

/**
 * Who pays, as the clause says (POLICY D0).
 */
export type Payer = "tax_level_finance" | "city_finance" | "free_trade_zone";

/**
 * Who placed the workers.
 */
export type ProviderKind = "commercial_hr_agency" | "other_market_entity" | "public_body";

/**
 * Whose account an amount comes from, relative to the depositor applying.
 */
export type Relation = "self" | "spouse" | "parent" | "child";

/**
 * Whose land the enterprise builds and operates on.
 */
export type LandUse = "none" | "county_quota" | "zone_land";


/**
 * The names of every function this package exports, from the same table that generates the
 * exports: for tests and tools that go through them all.
 */
export function functions(): string[];

/**
 * Every policy parameter the calculators use, every version, with its citation: the same
 * table the calculators read.
 */
export function policyParameters(): ParameterView[];

/**
 * The rent withdrawal (租房提取), 钦市金管委规〔2023〕1号 二(二).
 * Throws an `Error` with `code`, `field` and `messageEn`.
 */
export function rentWithdrawal(input: RentWithdrawalInput): RentWithdrawalResult;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly functions: () => any;
    readonly policyParameters: () => [number, number, number];
    readonly rentWithdrawal: (a: any) => [number, number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
