/// Reads MPS text (free or fixed format) into a `LinearModel`.
///
/// Conventions (the same as HiGHS 1.16 and CPLEX unless noted):
/// - `NAME` takes the rest of its line (may be empty). `OBJSENSE` comes as a section
///   (`OBJSENSE` then a data line `MAX`, `MAXIMIZE`, `MIN` or `MINIMIZE`) or inline (`OBJSENSE MAX`).
/// - `ROWS`: `N`, `L`, `G`, `E`. The first `N` row is the objective; later `N` rows are dropped with
///   their entries in `COLUMNS`, `RHS` and `RANGES`.
/// - `COLUMNS`: a column's entries are contiguous; `MARKER 'MARKER' 'INTORG'` / `'INTEND'` bracket
///   integer columns (the quotes are optional). An entry for an unknown row or a repeated
///   (column, row) pair is an error. Explicit zero coefficients are kept.
/// - `RHS`: an RHS on the objective row is minus the objective constant. Only the first RHS set is
///   read; lines of other sets are skipped (the same for `RANGES`). The set name may be omitted
///   (odd/even field count in free format, a blank field in fixed format; also in `BOUNDS`).
/// - `RANGES` with value R on a row with RHS b: `L` gives [b - |R|, b], `G` gives [b, b + |R|], `E`
///   gives [b, b + R] for R > 0 and [b + R, b] for R < 0.
/// - `BOUNDS`: `UP`, `LO`, `FX`, `FR`, `MI`, `PL`, `BV` (integer in [0, 1]), `LI`, `UI` (make the
///   column integer). An integer column (from markers) with no `BOUNDS` entry is binary, [0, 1];
///   once any bound is given for it, its upper bound defaults to +infinity. `UP` with a negative
///   value on a column whose lower bound is 0 leaves the lower bound at 0, as HiGHS 1.16 does (the
///   bounds cross, `validate()` reports it and the model is infeasible); older CPLEX-style readers
///   moved the lower bound to -infinity instead. `SC` (semi-continuous) and unknown types are errors.
///   As in HiGHS 1.16, bound set names are not compared (every `BOUNDS` line applies), and an entry
///   that would set a side (lower or upper) already set by an earlier entry of the same column is
///   ignored as a whole (so `UP x 4` then `FX x 2` leaves [0, 4], and `UP v 3` then `BV v` leaves
///   `v` continuous).
/// - Values with magnitude >= `mpsInfinity` (1e20) in `RHS`, `RANGES` and `BOUNDS` are infinite.
/// - Lines starting with `*` are comments; blank lines are skipped; a trailing `\r` is ignored.
///   Section headers start in column 1; data lines start with a blank. `ENDATA` is required.
///   `OBJNAME`, `SOS`, quadratic and other sections are errors (unsupported).
public enum MPSReader {
  /// Parses `text` as MPS in the given format.
  ///
  /// - Throws: `MPSReadError` naming the 1-based line and the token for malformed input.
  public static func read(_ text: String, format: MPSFormat = .auto) throws(MPSReadError) -> LinearModel {
    var copy = text
    let result: Result<LinearModel, MPSReadError> = copy.withUTF8 { bytes in
      switch format {
      case .free: return parse(bytes, fixed: false)
      case .fixed: return parse(bytes, fixed: true)
      case .auto:
        let free = parse(bytes, fixed: false)
        guard case .failure(let freeError) = free else { return free }
        let fixed = parse(bytes, fixed: true)
        guard case .failure(let fixedError) = fixed else { return fixed }
        return .failure(fixedError.line > freeError.line ? fixedError : freeError)
      }
    }
    return try result.get()
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, fixed: Bool) -> Result<LinearModel, MPSReadError> {
    var parser = MPSParser(scanner: MPSLineScanner(bytes: bytes), fixed: fixed)
    do {
      try parser.run()
      return .success(try parser.makeModel())
    } catch {
      return .failure(error)
    }
  }
}
