import Testing

@testable import PlannerCLI

@Suite("Typed argument values", .tags(.small))
struct ParsedArgumentsTests {
  private func parsed(_ option: String, _ value: String) throws -> ParsedArguments {
    try ArgumentParser([.option(option, value: "X", help: "")]).parse(["--\(option)", value])
  }

  @Test("Reads whole numbers and rejects others with the option's name")
  func readsIntegers() throws {
    #expect(try parsed("node-limit", "500").integer("node-limit") == 500)
    #expect(throws: UsageError.invalidValue(option: "--node-limit", value: "5x", reason: "expected a whole number")) {
      try parsed("node-limit", "5x").integer("node-limit")
    }
    #expect(throws: UsageError.invalidValue(option: "--node-limit", value: "-1", reason: "expected at least 0")) {
      try parsed("node-limit", "-1").integer("node-limit")
    }
  }

  @Test("Reads finite numbers within a range")
  func readsNumbers() throws {
    #expect(try parsed("gap", "0.01").number("gap", in: 0...1) == 0.01)
    #expect(throws: UsageError.self) { try parsed("gap", "nan").number("gap") }
    #expect(throws: UsageError.self) { try parsed("gap", "2").number("gap", in: 0...1) }
  }

  @Test("Reads amounts and bands and names the option on error")
  func readsAmounts() throws {
    #expect(try parsed("budget", "48M..53M").amount("budget") == AmountRange(lower: 48_000_000, upper: 53_000_000))
    #expect(throws: UsageError.invalidValue(option: "--budget", value: "-3", reason: "amounts cannot be negative")) {
      try parsed("budget", "-3").amount("budget")
    }
  }

  @Test("Returns nil for options not given")
  func nilWhenAbsent() throws {
    let none = try ArgumentParser([.option("gap", value: "G", help: "")]).parse([])
    #expect(try none.number("gap") == nil)
    #expect(try none.integer("gap") == nil)
    #expect(try none.amount("gap") == nil)
  }

  @Test("Converts a value with a custom transform and reports its error")
  func customTransform() throws {
    struct Odd: Error, CustomStringConvertible { var description: String { "must be odd" } }
    let transform = { (text: String) throws -> Int in
      guard let number = Int(text), number % 2 == 1 else { throw Odd() }
      return number
    }
    #expect(try parsed("n", "5").value("n", as: transform) == 5)
    #expect(throws: UsageError.invalidValue(option: "--n", value: "4", reason: "must be odd")) {
      try parsed("n", "4").value("n", as: transform)
    }
  }
}
