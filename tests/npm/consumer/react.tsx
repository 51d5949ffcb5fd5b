// React 19 JSX with the widgets' types: attributes, properties and typed event props.
import type {} from "qinzhou-policy-calc/widgets/react";

export function Rent({ onTotal }: { onTotal: (total: string) => void }) {
  return (
    <qz-rent-withdrawal date="2023-06-01" lang="en" emit-initial onqz-result={(e) => onTotal(e.detail.result.total)} />
  );
}
export function Jobs() {
  return <qz-employment-subsidy calculator="employmentServiceSubsidy" rate-per-person={800} onqz-result={(e) => console.log(e.detail.result.eligible)} />;
}
export function Loan() {
  return <qz-loan-limit max-loan-to-value="0.8" termMonths={360} onqz-invalid={(e) => console.log(e.detail.field)} />;
}
