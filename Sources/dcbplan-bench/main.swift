import Foundation

let benchArguments = Array(CommandLine.arguments.dropFirst())
switch benchArguments.first {
case "sha256":
  exit(HashingBenchmark.run(arguments: Array(benchArguments.dropFirst())))
default:
  print("dcbplan-bench: skeleton (available: sha256 [FILE])")
}
