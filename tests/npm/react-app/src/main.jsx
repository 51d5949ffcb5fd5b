// React 19 renders the widgets with attributes and properties and listens to their events.
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import "qinzhou-policy-calc/widgets/rent-withdrawal";
import "qinzhou-policy-calc/widgets/loan-limit";

function App() {
  const [total, setTotal] = useState("…");
  const [invalid, setInvalid] = useState("");
  return (
    <main style={{ textAlign: "center" }}>
      <qz-rent-withdrawal
        date="2023-06-01"
        lang="en"
        emit-initial
        onqz-result={(e) => setTotal(e.detail.result.total)}
        onqz-invalid={(e) => setInvalid(e.detail.field)}
      />
      <output id="total">{total}</output>
      <output id="invalid">{invalid}</output>
      <qz-loan-limit date="2023-06-01" max-loan-to-value="0.8" termMonths={360} />
    </main>
  );
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
