import OptimizationModel

/// `mps-read` and `mps-write`.
enum MPSBench {
  static func format(_ name: String) -> MPSFormat { MPSFormat(rawValue: name) ?? .auto }

  /// Times the file read and the parse of every file; returns whether all parsed.
  static func read(_ arguments: BenchArguments) throws -> Bool {
    var allParsed = true
    let clock = ContinuousClock()
    for path in try BenchFiles.mpsFiles(in: arguments.directory) {
      var json = BenchJSON()
      json.add("name", BenchFiles.instanceName(path))
      var readTimes: [Double] = []
      var parseTimes: [Double] = []
      var model: LinearModel?
      var bytes = 0
      do {
        for _ in 0..<arguments.repeats {
          let start = clock.now
          let text = try BenchFiles.text(path)
          let afterRead = clock.now
          model = try MPSReader.read(text, format: format(arguments.format))
          let end = clock.now
          bytes = text.utf8.count
          readTimes.append(seconds(afterRead - start))
          parseTimes.append(seconds(end - afterRead))
        }
      } catch {
        allParsed = false
        json.add("status", "error")
        json.add("message", "\(error)")
        print(json.line)
        continue
      }
      let parse = median(parseTimes)
      json.add("status", "ok")
      json.add("rows", model?.rows.count ?? 0)
      json.add("cols", model?.variables.count ?? 0)
      json.add("nnz", model?.nonZeroCount ?? 0)
      json.add("bytes", bytes)
      json.add(seconds: "read_seconds", median(readTimes))
      json.add(seconds: "parse_seconds", parse)
      json.add("parse_mb_per_s", parse > 0 ? (Double(bytes) / parse / 1e4).rounded() / 100 : nil)
      print(json.line)
    }
    return allParsed
  }

  /// Reads every file and writes it back with `MPSWriter`; returns whether all succeeded.
  static func write(_ arguments: BenchArguments) throws -> Bool {
    guard let output = arguments.output else { return false }
    try BenchFiles.makeDirectory(output)
    var allWritten = true
    let outputFormat: MPSFormat = arguments.format == "fixed" ? .fixed : .free
    for path in try BenchFiles.mpsFiles(in: arguments.directory) {
      let name = BenchFiles.instanceName(path)
      do {
        let model = try MPSReader.read(try BenchFiles.text(path))
        try BenchFiles.write(try MPSWriter.write(model, format: outputFormat), to: output + "/" + name + ".mps")
      } catch {
        allWritten = false
        var json = BenchJSON()
        json.add("name", name)
        json.add("status", "error")
        json.add("message", "\(error)")
        print(json.line)
      }
    }
    return allWritten
  }
}
