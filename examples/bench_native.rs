//! Native latency of the calculators, two ways, interleaved round by round:
//!
//! - `core`: the calculator alone on its already typed input (`loan_limit(&input)`), result
//!   left as the Rust value: the honest lower bound of a call, what "native" means in the goal.
//! - `json`: the whole native path a call takes (`api::call`: JSON text read into the input
//!   tree, typed, computed, written as a `serde_json::Value`).
//!
//! Plain `std::time`, no harness, so it needs no extra dependency; `scripts/bench.sh` runs it
//! and reads its JSON.
//!
//! ```text
//! bench_native [time] [--rounds R] [--target-ms T] [--inputs FILE]   # JSON: median ns per call
//! bench_native count NAME N [--inputs FILE]                          # run NAME N times (callgrind)
//! ```
//!
//! Timing on a shared machine: every function is measured in many short batches, the
//! functions interleaved round by round, and the median batch is reported (not the mean), so
//! a burst of load from another process spoils a few batches, not the figure.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Instant;

use qinzhou_policy_calc::api;

/// The calculator `name` on its input typed once, outside the timing; `None` for a name
/// without a core measurement.
fn core(name: &str, json: &str) -> Option<Box<dyn Fn() -> bool>> {
    fn typed<I: serde::de::DeserializeOwned + 'static, O: 'static>(
        json: &str,
        calc: fn(&I) -> qinzhou_policy_calc::Result<O>,
    ) -> Option<Box<dyn Fn() -> bool>> {
        let input: I = input::parse(json).ok()?;
        Some(Box::new(move || {
            let out = calc(black_box(&input));
            black_box(&out);
            out.is_ok()
        }))
    }
    use qinzhou_policy_calc::*;
    match name {
        "loanLimit" => typed(json, loan_limit::loan_limit),
        "rentWithdrawal" => typed(json, rent_withdrawal::rent_withdrawal),
        "voluntaryPoints" => typed(json, points::voluntary_points),
        "childcarePlaces" => typed(json, childcare_places::childcare_places),
        "repaymentSchedule" => typed(json, repayment_schedule::repayment_schedule),
        "repaymentWithdrawal" => typed(json, repayment_withdrawal::repayment_withdrawal),
        "elevatorWithdrawal" => typed(json, elevator_withdrawal::elevator_withdrawal),
        "publicRentalSubsidy" => typed(json, public_rental_subsidy::public_rental_subsidy),
        "affordableRentalHousing" => {
            typed(json, affordable_rental_housing::affordable_rental_housing)
        }
        "introducerReward" => typed(json, incentives::introducer_reward::introducer_reward),
        "enterpriseLedInvestmentReward" => typed(
            json,
            incentives::enterprise_led_investment_reward::enterprise_led_investment_reward,
        ),
        "enclaveTaxReward" => typed(json, incentives::enclave_tax_reward::enclave_tax_reward),
        "aboveScaleEntryReward" => typed(
            json,
            incentives::above_scale_entry_reward::above_scale_entry_reward,
        ),
        "revenueMilestoneBonus" => typed(
            json,
            incentives::revenue_milestone_bonus::revenue_milestone_bonus,
        ),
        "parkInfrastructureSubsidy" => typed(
            json,
            incentives::park_infrastructure_subsidy::park_infrastructure_subsidy,
        ),
        "standardFactorySubsidy" => typed(
            json,
            incentives::standard_factory_subsidy::standard_factory_subsidy,
        ),
        "technologyInnovationAward" => typed(
            json,
            incentives::technology_innovation_award::technology_innovation_award,
        ),
        "employmentServiceSubsidy" => typed(
            json,
            incentives::employment_service_subsidy::employment_service_subsidy,
        ),
        "assistanceWorkshopSubsidy" => typed(
            json,
            incentives::workshop_subsidy::assistance_workshop_subsidy,
        ),
        _ => None,
    }
}

fn core_batch(f: &dyn Fn() -> bool, n: u64) -> f64 {
    let start = Instant::now();
    for _ in 0..n {
        black_box(f());
    }
    start.elapsed().as_nanos() as f64 / n as f64
}

/// The functions benchmarked, in report order.
const NAMES: &[&str] = &[
    "loanLimit",
    "rentWithdrawal",
    "voluntaryPoints",
    "childcarePlaces",
    "repaymentSchedule",
    "repaymentWithdrawal",
    "elevatorWithdrawal",
    "publicRentalSubsidy",
    "affordableRentalHousing",
    "introducerReward",
    "enterpriseLedInvestmentReward",
    "enclaveTaxReward",
    "aboveScaleEntryReward",
    "revenueMilestoneBonus",
    "parkInfrastructureSubsidy",
    "standardFactorySubsidy",
    "technologyInnovationAward",
    "employmentServiceSubsidy",
    "assistanceWorkshopSubsidy",
];

fn arg_after(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1).cloned())
}

fn load_inputs(args: &[String]) -> BTreeMap<String, String> {
    let path = arg_after(args, "--inputs")
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/bench/inputs.json").to_owned());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let all: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).expect("bench inputs are a JSON object");
    all.into_iter().map(|(k, v)| (k, v.to_string())).collect()
}

/// `None` when the function is not in this build (or refuses the bench input).
fn probe(name: &str, json: &str) -> Result<(), String> {
    api::call(name, json)
        .map(|_| ())
        .map_err(|e| format!("{}: {}", e.code(), e.message_en()))
}

fn batch(name: &str, json: &str, n: u64) -> f64 {
    let start = Instant::now();
    for _ in 0..n {
        let out = api::call(black_box(name), black_box(json));
        black_box(&out);
    }
    start.elapsed().as_nanos() as f64 / n as f64
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

fn time(args: &[String]) {
    let inputs = load_inputs(args);
    let rounds: usize = arg_after(args, "--rounds").map_or(31, |s| s.parse().expect("rounds"));
    let target_ms: f64 = arg_after(args, "--target-ms").map_or(4.0, |s| s.parse().expect("ms"));
    let mut live = Vec::new();
    type Core<'a> = (&'a str, Box<dyn Fn() -> bool>, u64, Vec<f64>);
    let mut cores: Vec<Core> = Vec::new();
    let mut report = serde_json::Map::new();
    for &name in NAMES {
        let Some(json) = inputs.get(name) else {
            report.insert(
                name.into(),
                serde_json::json!({ "status": "n/a", "why": "no input" }),
            );
            continue;
        };
        match probe(name, json) {
            Err(why) => {
                report.insert(
                    name.into(),
                    serde_json::json!({ "status": "n/a", "why": why }),
                );
            }
            Ok(()) => {
                // Warm up, then size a batch to about `target_ms`.
                let one = batch(name, json, 20).max(1.0);
                let n = ((target_ms * 1e6 / one) as u64).clamp(1, 1_000_000);
                live.push((name, json.clone(), n, Vec::with_capacity(rounds)));
                if let Some(f) = core(name, json) {
                    let one = core_batch(&*f, 20).max(1.0);
                    let n = ((target_ms * 1e6 / one) as u64).clamp(1, 1_000_000);
                    cores.push((name, f, n, Vec::with_capacity(rounds)));
                }
            }
        }
    }
    for _ in 0..rounds {
        for (name, json, n, samples) in &mut live {
            samples.push(batch(name, json, *n));
        }
        for (_, f, n, samples) in &mut cores {
            samples.push(core_batch(&**f, *n));
        }
    }
    for (name, _, n, mut samples) in cores {
        report.insert(
            format!("core:{name}"),
            serde_json::json!({
                "status": "ok",
                "medianNs": median(&mut samples),
                "batch": n,
                "rounds": rounds,
            }),
        );
    }
    for (name, _, n, mut samples) in live {
        let mut sorted = samples.clone();
        sorted.sort_by(f64::total_cmp);
        let q = |p: f64| sorted[((sorted.len() - 1) as f64 * p).round() as usize];
        report.insert(
            name.into(),
            serde_json::json!({
                "status": "ok",
                "medianNs": median(&mut samples),
                "p25Ns": q(0.25),
                "p75Ns": q(0.75),
                "batch": n,
                "rounds": rounds,
            }),
        );
    }
    println!("{}", serde_json::Value::Object(report));
}

fn count(args: &[String]) {
    let inputs = load_inputs(args);
    let name = args.get(2).expect("count NAME N");
    let n: u64 = args
        .get(3)
        .and_then(|s| s.parse().ok())
        .expect("count NAME N");
    let json = inputs.get(name.as_str()).expect("no input for that name");
    if let Err(why) = probe(name, json) {
        println!("n/a {why}");
        return;
    }
    for _ in 0..n {
        black_box(api::call(black_box(name), black_box(json)).is_ok());
    }
    println!("ok");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("count") => count(&args),
        None | Some("time") | Some("--bench") => time(&args),
        Some(other) if other.starts_with("--") => time(&args),
        Some(other) => {
            eprintln!("unknown mode {other}: use time or count");
            std::process::exit(2);
        }
    }
}
