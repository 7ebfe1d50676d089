// swift-tools-version: 6.0
// DCB Planner: plans and audits NATO Defence Capacity Building and pact investment
// in Bosnia and Herzegovina's defence industry. No package dependencies, by design:
// only what the Swift toolchain ships.
import PackageDescription

/// Upcoming features every target opts into (STYLE C2).
let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

/// Every source folder other than `BundledData`, which lives at the package root (see below).
let otherSourceFolders = [
  "PortfolioDomain", "OptimizationModel", "Hashing", "MIPSolver", "PortfolioPlanning", "PortfolioAudit",
  "PortfolioReports", "PlannerCLI", "dcbplan", "dcbplan-bench",
].map { "Sources/\($0)" }

/// A library target whose folder also holds a README.md (excluded from the build).
func library(_ name: String, _ dependencies: [Target.Dependency] = []) -> Target {
  .target(name: name, dependencies: dependencies, exclude: ["README.md"], swiftSettings: strict)
}

/// A test target with a `Fixtures/` folder copied as resources; `exclude` lists folders read from the
/// source tree instead (golden files under `Snapshots/`, located via `#filePath`).
func tests(_ name: String, _ dependencies: [Target.Dependency], exclude: [String] = []) -> Target {
  .testTarget(
    name: name, dependencies: dependencies + ["PlannerTestSupport"], exclude: exclude,
    resources: [.copy("Fixtures")], swiftSettings: strict)
}

let package = Package(
  name: "DCBPlanner",
  products: [
    .executable(name: "dcbplan", targets: ["dcbplan"]),
    .executable(name: "dcbplan-bench", targets: ["dcbplan-bench"]),
  ],
  targets: [
    // MARK: - Layer 0: value types, models, primitives (no solver, no file I/O)
    /** Domain value types, the dataset and config readers, validation. */
    library("PortfolioDomain"),
    /** LP/MIP model, validation, MPS read/write. Standard library only. */
    library("OptimizationModel"),
    /** SHA-256, HMAC-SHA256, RFC 6962 Merkle trees. Standard library only. */
    library("Hashing"),
    /** The bundled dataset (`Datasets/`) and config (`Config/`) as package resources. */
    .target(
      name: "BundledData", path: ".",
      exclude: ["README.md", "Tests", ".ci"] + otherSourceFolders,
      sources: ["Sources/BundledData"],
      resources: [.copy("Datasets"), .copy("Config")],
      swiftSettings: strict),

    // MARK: - Layer 1: the solver
    /** Dual simplex, presolve, branch-and-bound. Standard library only. */
    library("MIPSolver", ["OptimizationModel"]),

    // MARK: - Layer 2: planning and audit
    /** Portfolio + scenario -> LinearModel -> PortfolioPlan; decision analysis. */
    library("PortfolioPlanning", ["PortfolioDomain", "OptimizationModel", "MIPSolver", "Hashing"]),
    /** The tamper-evident ledger, baselines, earned value, auditor findings. */
    library("PortfolioAudit", ["PortfolioDomain", "Hashing"]),

    // MARK: - Layer 3: reports
    /** One report document model rendered to Markdown, CSV, JSON, HTML+SVG and IATI XML. */
    library("PortfolioReports", ["PortfolioDomain", "PortfolioPlanning", "PortfolioAudit"]),

    // MARK: - Layer 4: command line
    /** Argument parsing, subcommands, files, clock and environment. */
    library(
      "PlannerCLI",
      [
        "PortfolioDomain", "OptimizationModel", "MIPSolver", "Hashing", "PortfolioPlanning",
        "PortfolioAudit", "PortfolioReports", "BundledData",
      ]),
    /** The `dcbplan` executable: main.swift only. */
    .executableTarget(name: "dcbplan", dependencies: ["PlannerCLI"], swiftSettings: strict),

    // MARK: - Tools
    /** Benchmarks (run in a release build). */
    .executableTarget(
      name: "dcbplan-bench",
      dependencies: ["OptimizationModel", "MIPSolver", "Hashing", "PortfolioDomain", "PortfolioPlanning", "PlannerCLI"],
      swiftSettings: strict),

    // MARK: - Tests
    .target(
      name: "PlannerTestSupport", dependencies: ["PortfolioDomain", "OptimizationModel"],
      path: "Tests/PlannerTestSupport", exclude: ["README.md"],
      resources: [.copy("Fixtures")], swiftSettings: strict),
    tests("PortfolioDomainTests", ["PortfolioDomain", "BundledData"]),
    tests("OptimizationModelTests", ["OptimizationModel"]),
    tests("MIPSolverTests", ["MIPSolver", "OptimizationModel"]),
    tests("HashingTests", ["Hashing"]),
    tests("PortfolioPlanningTests", ["PortfolioPlanning", "PortfolioDomain", "MIPSolver", "OptimizationModel", "BundledData"]),
    tests("PortfolioAuditTests", ["PortfolioAudit", "PortfolioDomain", "Hashing"]),
    tests("PortfolioReportsTests", ["PortfolioReports", "PortfolioPlanning", "PortfolioAudit", "PortfolioDomain"], exclude: ["Snapshots"]),
    tests("PlannerCLITests", ["PlannerCLI", "dcbplan"], exclude: ["Snapshots"]),
  ]
)
