import Foundation
import MentorPrepCore

/// Writing results for `list`, `show`, `actions` and `banks show`: aligned tables for people,
/// stable JSON for scripts, every cell safe for the terminal.
enum Output {
  static func json<Value: Encodable>(_ value: Value) {
    // An empty list is `[]`, as scripts and grep-like callers expect, not the encoder's "[\n\n]".
    if let list = value as? [Any], list.isEmpty {
      write(Data("[]\n".utf8))
      return
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // One vocabulary across commands (SPEC §2): `owner_name`, `created_at`, as the export.
    encoder.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? encoder.encode(value) else { return }
    // The encoder escapes C0 controls only; C1 controls and bidirectional overrides are escaped here.
    document(TerminalText(document: String(decoding: data, as: UTF8.self) + "\n"))
  }

  /// Writes a document (an export, JSON) to standard output as it is.
  static func document(_ text: TerminalText) {
    write(Data(text.text.utf8))
  }

  /// Writes to standard output. When that fails (a full disk, a file size limit), the program
  /// ends with one sentence and status 74, where `FileHandle.write` would trap with a stack trace.
  private static func write(_ data: Data) {
    if let error = write(data, to: STDOUT_FILENO) {
      MentorPrepError.cannotWrite(path: "standard output", reason: String(cString: strerror(error))).exit()
    }
  }

  /// Writes to standard error. A failure there has nowhere to be told, so it is passed over
  /// rather than trapping as `FileHandle.write` would.
  static func writeError(_ data: Data) {
    _ = write(data, to: STDERR_FILENO)
  }

  /// Writes all of `data`; the error number where a write failed.
  private static func write(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written >= 0 {
          offset += written
        } else if errno != EINTR {
          return errno
        }
      }
      return nil
    }
  }

  /// A table written with its columns aligned, every cell made safe for the terminal.
  ///
  /// The escaped cells are kept as bytes, one after another, with where each ends and how wide
  /// it is, then written out in large chunks: `list` and `actions` print a row for each of tens
  /// of thousands of sessions, and arrays of rows of strings, counted characters and joined
  /// strings took most of their time and memory.
  struct Table {
    let columns: Int
    private var text: [UInt8] = []
    private var ends: [UInt32] = []
    private var cellWidths: [UInt32] = []
    private var widths: [Int]
    /// The most bytes of text in one row, and in the row being added.
    private var longestRow = 0
    private var rowBytes = 0
    /// The column of the next cell.
    private var column = 0

    init(header: [String], rows: Int = 0) {
      columns = header.count
      widths = Array(repeating: 0, count: header.count)
      // Room for every cell from the start: growing by copying would touch twice the memory.
      // Room that is not used is never touched, so it costs nothing.
      text.reserveCapacity((rows + 1) * columns * 24)
      ends.reserveCapacity((rows + 1) * columns)
      cellWidths.reserveCapacity((rows + 1) * columns)
      for cell in header { add(cell) }
    }

    /// The next cell, filling the rows left to right.
    mutating func add(_ cell: String) {
      let plain = TerminalText.isPrintableASCII(cell)
      let safe = plain ? cell : TerminalText.escaped(cell)
      let before = text.count
      if safe.utf8.withContiguousStorageIfAvailable({ text.append(contentsOf: $0) }) == nil {
        text.append(contentsOf: safe.utf8)
      }
      ended(from: before, width: plain ? cell.utf8.count : Output.width(safe))
    }

    /// A cell of printable ASCII the program itself wrote (a number, an id, a status), added
    /// without the check every other text gets.
    mutating func add(ascii cell: String) {
      let before = text.count
      if cell.utf8.withContiguousStorageIfAvailable({ text.append(contentsOf: $0) }) == nil {
        text.append(contentsOf: cell.utf8)
      }
      ended(from: before, width: text.count - before)
    }

    /// A number, its digits put straight into the table's bytes (`list` writes one for each of
    /// tens of thousands of sessions, and making a string of each showed).
    mutating func add(number: Int) {
      guard number >= 0 else { return add(ascii: String(number)) }
      let before = text.count
      var digits = 1
      var rest = number / 10
      while rest > 0 {
        digits += 1
        rest /= 10
      }
      text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
      rest = number
      for index in stride(from: text.count - 1, through: before, by: -1) {
        text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
      ended(from: before, width: digits)
    }

    /// A date as `description` writes it, its digits put straight into the table's bytes
    /// (`list` writes two for each of tens of thousands of sessions); `-` for none.
    mutating func add(_ date: LocalDateTime?) {
      guard let date else { return add(ascii: "-") }
      let before = text.count
      date.appendText(to: &text)
      ended(from: before, width: text.count - before)
    }

    /// Records the cell whose bytes start at `before`.
    private mutating func ended(from before: Int, width: Int) {
      widths[column] = max(widths[column], width)
      ends.append(UInt32(text.count))
      cellWidths.append(UInt32(width))
      rowBytes = column == 0 ? text.count - before : rowBytes + text.count - before
      longestRow = max(longestRow, rowBytes)
      column = column + 1 == columns ? 0 : column + 1
    }

    func write() {
      // Chunks of about 64 KB, each filled through a pointer: cell bytes, spaces to the column's
      // width, two between columns, a newline after the last.
      let chunk = 1 << 16
      let longestLine = longestRow + widths.reduce(0, +) + 2 * columns + 1
      var buffer = [UInt8](repeating: 0, count: chunk + longestLine)
      var row = 0
      text.withUnsafeBufferPointer { text in
        buffer.withUnsafeMutableBufferPointer { buffer in
          var used = 0
          var start = 0
          let rows = (ends.count + columns - 1) / columns
          while row < rows {
            for column in 0..<columns {
              let index = row * columns + column
              guard index < ends.count else { break }
              let end = Int(ends[index])
              if column > 0 {
                buffer[used] = 0x20
                buffer[used + 1] = 0x20
                used += 2
              }
              let count = end - start
              UnsafeMutableRawPointer(buffer.baseAddress! + used).copyMemory(
                from: text.baseAddress! + start, byteCount: count)
              used += count
              start = end
              if column < columns - 1 {
                let padding = widths[column] - Int(cellWidths[index])
                (buffer.baseAddress! + used).initialize(repeating: 0x20, count: padding)
                used += padding
              }
            }
            buffer[used] = 0x0A
            used += 1
            row += 1
            if used >= chunk || row == rows {
              Output.write(Data(buffer: UnsafeBufferPointer(rebasing: buffer[..<used])))
              used = 0
            }
          }
        }
      }
    }
  }

  /// The characters a cell takes, for alignment; ASCII (nearly every cell) without walking its
  /// grapheme clusters. Cells are escaped first, so no CR LF pair counts as one character.
  static func width(_ cell: String) -> Int {
    let utf8 = cell.utf8
    return utf8.allSatisfy { $0 < 0x80 } ? utf8.count : cell.count
  }

  static func line(_ text: TerminalText) {
    write(Data((text.text + "\n").utf8))
  }
}
