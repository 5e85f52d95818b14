import Foundation

/// Writing results for `list`, `show`, `actions` and `banks show`: aligned tables for people,
/// stable JSON for scripts, every cell safe for the terminal.
enum Output {
  static func json<Value: Encodable>(_ value: Value) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return }
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
  }

  static func table(_ rows: [[String]]) {
    let safe = rows.map { $0.map(Console.escaped) }
    let widths = safe.reduce(into: [Int]()) { widths, row in
      for (index, cell) in row.enumerated() {
        if index >= widths.count { widths.append(0) }
        widths[index] = max(widths[index], cell.count)
      }
    }
    var text = ""
    for row in safe {
      let cells = row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
      }
      text += cells.joined(separator: "  ") + "\n"
    }
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func line(_ text: String) {
    FileHandle.standardOutput.write(Data((Console.escaped(text) + "\n").utf8))
  }
}
