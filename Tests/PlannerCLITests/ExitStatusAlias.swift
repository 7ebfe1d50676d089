// Swift Testing also declares an `ExitStatus` (for exit tests), so files that import Testing cannot
// name ours unqualified; this file does not import Testing and gives it a distinct name.
import PlannerCLI

/// `PlannerCLI.ExitStatus`, the exit codes of DESIGN §6.
typealias CLIStatus = ExitStatus
