// dcbplan-bench: benchmark runner for the solver, the MPS reader and SHA-256 (run in a release build).
import Foundation

let exitUsage: Int32 = 64
let exitInvalidInput: Int32 = 65
let exitMissingInput: Int32 = 66

func runBench() -> Int32 {
  let raw = Array(CommandLine.arguments.dropFirst())
  if raw.first == "sha256" { return HashingBenchmark.run(arguments: Array(raw.dropFirst())) }
  if raw.first == "ledger-verify" { return LedgerBenchmark.run(arguments: Array(raw.dropFirst())) }
  if raw.first == "analysis" { return AnalysisBench.run(arguments: Array(raw.dropFirst())) }
  if raw.first == "export-variants" { return ExportVariants.run(arguments: Array(raw.dropFirst())) }
  let arguments: BenchArguments
  do {
    arguments = try BenchArguments(Array(CommandLine.arguments.dropFirst()))
  } catch {
    FileHandle.standardError.write(Data("dcbplan-bench: \(error)\n\(BenchArguments.usage)\n".utf8))
    return exitUsage
  }
  do {
    let succeeded: Bool
    switch arguments.command {
    case .solve: succeeded = try SolveBench.run(arguments)
    case .mpsRead: succeeded = try MPSBench.read(arguments)
    case .mpsWrite: succeeded = try MPSBench.write(arguments)
    case .presolve: succeeded = try PresolveBench.run(arguments)
    }
    return succeeded ? 0 : exitInvalidInput
  } catch {
    FileHandle.standardError.write(Data("dcbplan-bench: \(error)\n".utf8))
    return exitMissingInput
  }
}

exit(runBench())
