import PortfolioDomain

// Hand-made; written together with Fixtures/plan-bih-handmade.json so the two agree (see Fixtures/README.md).
// A small, hand-made portfolio consistent with FACTS.md §7 (12 illustrative DCB projects, 4 technology transfers).

/// The hand-made portfolio and scenario the plan fixture was written for.
enum SampleInputs {
  static func milestones(_ duration: Int) -> [Milestone] {
    let months = duration * 12
    return [
      Milestone(id: "M1", title: "Requirement and contract signed", monthOffset: 3, evWeightPercent: 10),
      Milestone(id: "M2", title: "Equipment delivered", monthOffset: max(4, months * 6 / 10), evWeightPercent: 50),
      Milestone(id: "M3", title: "Training completed", monthOffset: months - 2, evWeightPercent: 25),
      Milestone(id: "M4", title: "Certification and handover", monthOffset: months, evWeightPercent: 15),
    ]
  }

  static func tier(_ candidate: String, cost: [Int64], scores: [String: Double]) -> FundingTier {
    FundingTier(
      id: "full", durationYears: cost.count, costProfile: cost.map { Money(dollars: $0) },
      scores: Dictionary(uniqueKeysWithValues: scores.map { (CriterionID($0.key), CriterionScore(low: $0.value * 0.8, likely: $0.value, high: $0.value * 1.2)) }),
      milestones: milestones(cost.count))
  }

  static let candidates: [Candidate] = [
    Candidate(id: "DCB-D1", title: "LIBG tactical C2 and NATO-interoperable communications", kind: .dcbDefence, leadNation: "HR", tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-D1", cost: [2_500_000, 2_500_000, 2_500_000], scores: ["interoperability": 0.9, "security": 0.38, "exports": 0.0])], provenance: Provenance(source: "FACTS.md §3.2", illustrative: false, confidence: .medium)),
    Candidate(id: "DCB-D2", title: "LIBG Military Police mobility (specialised vehicles)", kind: .dcbDefence, leadNation: "SI", tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-D2", cost: [1_000_000, 1_000_000], scores: ["interoperability": 0.24, "security": 0.1, "exports": 0.0])], provenance: Provenance(source: "FACTS.md §3.2", illustrative: false, confidence: .medium)),
    Candidate(id: "DCB-D3", title: "Air MEDEVAC capability (kits, crew training, SOPs)", kind: .dcbDefence, leadNation: "GB", tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-D3", cost: [2_000_000, 2_000_000, 2_000_000], scores: ["interoperability": 0.72, "security": 0.3, "exports": 0.0])], provenance: Provenance(source: "FACTS.md §3.2", illustrative: false, confidence: .medium)),
    Candidate(id: "DCB-D4", title: "Aerial firefighting and disaster response support to civil authorities", kind: .dcbDefence, leadNation: "GB", tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-D4", cost: [1_500_000, 1_500_000], scores: ["interoperability": 0.36, "security": 0.15, "exports": 0.0])], provenance: Provenance(source: "FACTS.md §3.2", illustrative: false, confidence: .medium)),
    Candidate(id: "DCB-D5", title: "EOD and demining capability upgrade", kind: .dcbDefence, leadNation: "NO", tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-D5", cost: [1_666_000, 1_666_000, 1_668_000], scores: ["interoperability": 0.6, "security": 0.25, "exports": 0.0])], provenance: .illustrative),
    Candidate(id: "DCB-D6", title: "CBRN defence capability", kind: .dcbDefence, leadNation: nil, tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-D6", cost: [1_333_000, 1_333_000, 1_334_000], scores: ["interoperability": 0.48, "security": 0.2, "exports": 0.0])], provenance: .illustrative),
    Candidate(id: "DCB-D7", title: "Military engineering (field and combat engineering)", kind: .dcbDefence, leadNation: nil, tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-D7", cost: [1_500_000, 1_500_000, 1_500_000], scores: ["interoperability": 0.54, "security": 0.23, "exports": 0.0])], provenance: .illustrative),
    Candidate(id: "DCB-D8", title: "Training and doctrine infrastructure (TRADOC, PSOTC)", kind: .dcbDefence, leadNation: "GB", tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-D8", cost: [1_666_000, 1_666_000, 1_668_000], scores: ["interoperability": 0.6, "security": 0.25, "exports": 0.0])], provenance: .illustrative),
    Candidate(id: "DCB-D9", title: "Defence institution building: logistics, NATO codification, secure IT", kind: .dcbDefence, leadNation: "US", tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-D9", cost: [1_750_000, 1_750_000], scores: ["interoperability": 0.42, "security": 0.18, "exports": 0.0])], provenance: .illustrative),
    Candidate(id: "DCB-S1", title: "Cyber defence (CERT capacity, SOC tooling, training)", kind: .dcbSecurity, leadNation: "US", tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-S1", cost: [1_333_000, 1_333_000, 1_334_000], scores: ["interoperability": 0.48, "security": 1.0, "exports": 0.0])], provenance: .illustrative),
    Candidate(id: "DCB-S2", title: "Crisis management: protection and rescue coordination", kind: .dcbSecurity, leadNation: nil, tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-S2", cost: [1_750_000, 1_750_000], scores: ["interoperability": 0.42, "security": 0.88, "exports": 0.0])], provenance: .illustrative),
    Candidate(id: "DCB-S3", title: "Counter-terrorism capacity (equipment, training)", kind: .dcbSecurity, leadNation: "TR", tags: ["dcb"], earliestStart: 2024, latestStart: 2027, mandatory: true, tiers: [tier("DCB-S3", cost: [1_500_000, 1_500_000], scores: ["interoperability": 0.36, "security": 0.75, "exports": 0.0])], provenance: .illustrative),
    Candidate(id: "T03", title: "5.56/7.62 NATO lines with EPVAT-grade ballistic lab", kind: .technologyTransfer, firm: "F01", partner: .us, tags: ["ammunition"], earliestStart: 2025, latestStart: 2027, tiers: [tier("T03", cost: [6_000_000, 6_000_000], scores: ["interoperability": 0.8, "security": 0.0, "exports": 25.0])]),
    Candidate(id: "T10", title: "AQAP 2110 certification and NCAGE/NSN codification programme", kind: .technologyTransfer, firm: nil, partner: .uk, tags: ["ammunition"], earliestStart: 2025, latestStart: 2027, tiers: [tier("T10", cost: [3_000_000], scores: ["interoperability": 0.9, "security": 0.0, "exports": 8.0])]),
    Candidate(id: "T06", title: "155 mm charge filling and assembly", kind: .technologyTransfer, firm: "F03", partner: .uk, tags: ["ammunition"], earliestStart: 2025, latestStart: 2027, tiers: [tier("T06", cost: [10_000_000, 10_000_000], scores: ["interoperability": 0.8, "security": 0.0, "exports": 22.0])]),
    Candidate(id: "T07", title: "Nitrocellulose single-base propellant line restart", kind: .technologyTransfer, firm: "F06", partner: .uk, tags: ["ammunition"], earliestStart: 2025, latestStart: 2027, tiers: [tier("T07", cost: [15_000_000, 15_000_000, 15_000_000], scores: ["interoperability": 0.6, "security": 0.0, "exports": 35.0])]),
  ]

  static let sources: [FundingSource] = [
    FundingSource(id: "BIH-COFIN", name: "BiH firms and entities co-financing", kind: .coFinancing, country: "BA", yearlyCaps: (2024...2028).map { YearlyCap(year: Year($0), max: Money(dollars: 6_000_000)) }, eligibility: [.kind(.technologyTransfer), .kind(.industryCapacity)]),
    FundingSource(
      id: "DCB", name: "NATO DCB Trust Fund (BiH package)", kind: .dcbFund, yearlyCaps: [10_000_000, 16_000_000, 18_000_000, 14_000_000, 8_000_000].enumerated().map { YearlyCap(year: Year(2024 + $0.offset), max: Money(dollars: $0.element)) },
      eligibility: [.kind(.dcbDefence), .kind(.dcbSecurity)],
      provenance: Provenance(source: "New Lines Institute 2024", illustrative: false, confidence: .low)),
    FundingSource(id: "NO", name: "Norway pact pledge", kind: .pactPledge, country: "NO", maxTotal: Money(dollars: 40_000_000), maxSharePercent: 50, yearlyCaps: (2024...2028).map { YearlyCap(year: Year($0), max: Money(dollars: 10_000_000)) }, eligibility: [.partner(.no)]),
    FundingSource(id: "UK", name: "United Kingdom pact pledge", kind: .pactPledge, country: "GB", maxTotal: Money(dollars: 60_000_000), maxSharePercent: 50, yearlyCaps: (2024...2028).map { YearlyCap(year: Year($0), max: Money(dollars: 15_000_000)) }, eligibility: [.partner(.uk)]),
    FundingSource(id: "US", name: "United States pact pledge", kind: .pactPledge, country: "US", maxTotal: Money(dollars: 120_000_000), maxSharePercent: 50, yearlyCaps: (2024...2028).map { YearlyCap(year: Year($0), max: Money(dollars: 30_000_000)) }, eligibility: [.partner(.us)]),
  ]

  static let firms: [Firm] = []

  static var portfolio: Portfolio { Portfolio(firms: firms, candidates: candidates, sources: sources) }

  static let scenario = Scenario(
    name: "default",
    criteria: [
      Criterion(id: "interoperability", name: "NATO interoperability", unit: "index points", weight: 0.4, goal: 8.0),
      Criterion(id: "security", name: "Security sector capacity", unit: "index points", weight: 0.3, goal: 3.0),
      Criterion(id: "exports", name: "Export uplift", unit: "USD millions per year", weight: 0.3, goal: 40.0),
    ])
}
