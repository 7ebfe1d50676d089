// The `dcbplan` executable: everything lives in PlannerCLI (STYLE C10).
import Foundation
import PlannerCLI

exit(PlannerCLI.run(arguments: CommandLine.arguments, context: .live))
