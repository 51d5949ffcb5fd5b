// A TypeScript consumer using every function and type: must compile under --strict.
import init, {
  affordableRentalHousing,
  childcarePlaces,
  elevatorWithdrawal,
  loanLimit,
  policyParameters,
  publicRentalSubsidy,
  rentWithdrawal,
  repaymentSchedule,
  repaymentWithdrawal,
  voluntaryPoints,
  type AffordableRentalHousingResult,
  type Basis,
  type Binding,
  type CalculatorError,
  type ChildcarePlacesResult,
  type ElevatorWithdrawalInput,
  type LoanLimitInput,
  type LoanLimitResult,
  type Money,
  type ParameterView,
  type PointsInput,
  type PublicRentalSubsidyInput,
  type PublicRentalSubsidyResult,
  type SignedMoney,
  type RentWithdrawalInput,
  type RepaymentScheduleInput,
  type Step,
} from "qinzhou-policy-calc";

export async function demo(): Promise<string[]> {
  await init();
  const points: PointsInput = {
    members: [
      { balance: "50000", depositMonths: 24, onTimeMonths: 24 },
      { balance: 5000.5, depositMonths: 6, onTimeMonths: 1, accountStatus: "sealed", contribution: "martyr_family", martyrRelation: "child" },
    ],
  };
  const input: LoanLimitInput = {
    date: "2023-01-01",
    maritalStatus: "married",
    applicant: { contributing: true, scheme: "voluntary" },
    spouse: { contributing: false },
    points,
    local: { yuanPerPoint: "20000", housePrice: 600000, maxLoanToValue: "0.8", termMonths: 360 },
  };
  const limit: LoanLimitResult = loanLimit(input);
  const binding: Binding = limit.binding;
  // null when a voluntary depositor's limit needs a yuan per point the site has not set.
  const money: Money | null = limit.limit;
  const bound: Money = limit.upperBound;
  const capBasis: Basis | undefined = limit.constraints[0]?.basis;
  const firstStep: Step | undefined = limit.steps[0];
  const household: number = voluntaryPoints(points).household;

  const rent: RentWithdrawalInput = {
    date: "2023-06-01",
    maritalStatus: "single",
    ownsHomeInQinzhou: false,
    monthlyRent: "1200",
    months: 1,
    balances: { applicant: "5000" },
  };
  const total: string = rentWithdrawal(rent).total;

  const repay = repaymentWithdrawal({ date: "2023-06-01", balance: "10000", monthlyDeposit: "1000", amountDue: "1500" });
  const elevator: ElevatorWithdrawalInput = {
    permitDate: "2024-02-29",
    applicationDate: "2025-03-01",
    entitlement: "30000",
    previous: [{ date: "2024-06-01", amount: "10000" }],
    accounts: [{ relation: "parent", balance: "15000" }, { relation: "self", balance: "8000" }],
  };
  const covered: Money = elevatorWithdrawal(elevator).covered;
  const schedule: RepaymentScheduleInput = { principal: "300000", annualRatePercent: "3.1", termMonths: 360, method: "equal_installment" };
  const last = repaymentSchedule(schedule).schedule.at(-1)?.remaining;
  const childcare: ChildcarePlacesResult = childcarePlaces({ population: 3302238, places: 4613, projects: "gazette" });
  const params: ParameterView[] = policyParameters();
  const subsidyInput: PublicRentalSubsidyInput = {
    date: "2023-06-01", householdSize: 3, perCapitaIncome: 18000, incomeLine: "38000",
    ownsHomeLocally: true, perCapitaFloorArea: 12.5, localHukou: true, category: "minimum_living",
    areaPerPerson: "15",
  };
  const subsidy: PublicRentalSubsidyResult = publicRentalSubsidy(subsidyInput);
  const tier: number | null | undefined = subsidy.tier;
  const halfYearly: Money | undefined = subsidy.halfYearly;
  const affordable: AffordableRentalHousingResult = affordableRentalHousing({
    date: "2023-06-01", ownsHomeLocally: false, inPublicRental: false, marketRent: "1650", rent: 1500, unitArea: "75",
  });
  const within: boolean | undefined = affordable.rentWithinCap;
  const change: SignedMoney | undefined = rentWithdrawal(rent).changeFromBefore;
  const before: Money | undefined = repaymentWithdrawal({ date: "2023-06-01", balance: "10000", monthlyDeposit: "1000" }).beforeChange?.withdrawable;

  try {
    rentWithdrawal({ ...rent, monthlyRent: "1.234" });
  } catch (e) {
    const err = e as CalculatorError;
    const code: CalculatorError["code"] = err.code;
    return [code, err.field ?? "", err.messageEn];
  }
  return [binding, money ?? "", bound, capBasis ?? "", firstStep?.rule ?? "", String(household), total, repay.withdrawable, covered, last ?? "", childcare.perThousand, String(params.length),
    String(tier), halfYearly ?? "", affordable.maxRent, String(within), change ?? "", before ?? ""];
}
