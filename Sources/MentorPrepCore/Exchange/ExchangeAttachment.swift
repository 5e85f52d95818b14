import Foundation

/// Finds the exchange record in what a person imports: the JSON itself, or a mail message
/// (`eml`, `agenda-eml`, or one a mail program saved) carrying it as an attachment.
///
/// Only what a record needs is read: the header fields of the message and of each part
/// (unfolded, names in any case), `multipart` bodies split at their boundary, nested ones too,
/// and base64, 7bit or 8bit content.
enum ExchangeAttachment {
  static let maximumSize = 1_048_576
  static let mediaType = MailMessage.exchangeType

  /// The record's JSON bytes in `bytes`.
  static func json(in bytes: [UInt8]) throws(ExchangeReadError) -> [UInt8] {
    guard bytes.count <= maximumSize else { throw .tooLarge(bytes: bytes.count) }
    let text = String(decoding: bytes, as: UTF8.self)
    if text.drop(while: \.isWhitespace).first == "{" { return bytes }
    guard let record = try record(inPart: text) else { throw .noRecord }
    return record
  }

  /// The record in one part (the whole message first), nil when it holds none.
  private static func record(inPart part: String) throws(ExchangeReadError) -> [UInt8]? {
    let (fields, body) = split(part)
    let type = fields["content-type"] ?? "text/plain"
    let mediaType = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    // A mail program or relay may label the attachment afresh (`application/json`,
    // `application/octet-stream`); its file name, `mentorprep-N.json`, still says what it is.
    if mediaType == Self.mediaType || (Self.relabelled.contains(mediaType) && isRecordFile(fields)) {
      return try decoded(body, encoding: fields["content-transfer-encoding"] ?? "7bit")
    }
    guard mediaType.hasPrefix("multipart/"), let boundary = parameter("boundary", of: type) else { return nil }
    let delimiter = "--" + boundary
    var lines = body.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    var parts: [[String]] = []
    var current: [String]?
    while !lines.isEmpty {
      let line = lines.removeFirst()
      if line == delimiter || line == delimiter + "--" {
        if let current { parts.append(current) }
        current = line == delimiter ? [] : nil
        if line != delimiter { break }
      } else {
        current?.append(line)
      }
    }
    for lines in parts {
      if let record = try record(inPart: lines.joined(separator: "\r\n")) { return record }
    }
    return nil
  }

  /// The types a relabelled record may come under.
  static let relabelled: Set<String> = ["application/json", "application/octet-stream", "text/plain"]

  /// Whether a part is named as mentorprep names its record's file: `mentorprep-3.json`.
  private static func isRecordFile(_ fields: [String: String]) -> Bool {
    let names = [fields["content-disposition"], fields["content-type"]].compactMap { $0 }.flatMap { field in
      ["filename", "name"].compactMap { parameter($0, of: field) }
    }
    return names.contains { $0.wholeMatch(of: /mentorprep-[0-9]+\.json/) != nil }
  }

  /// A part's header fields by lower-case name (folded lines joined), and its body.
  private static func split(_ part: String) -> (fields: [String: String], body: String) {
    let normal = part.replacingOccurrences(of: "\r\n", with: "\n")
    let end = normal.range(of: "\n\n")
    let head = end.map { String(normal[..<$0.lowerBound]) } ?? normal
    let body = end.map { String(normal[$0.upperBound...]) } ?? ""
    var fields: [String: String] = [:]
    var last: String?
    for line in head.components(separatedBy: "\n") {
      if line.first == " " || line.first == "\t", let name = last {
        fields[name, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
      } else if let colon = line.firstIndex(of: ":") {
        let name = line[..<colon].lowercased()
        fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        last = name
      }
    }
    return (fields, body)
  }

  /// A parameter of a header field (`boundary="…"`), unquoted.
  private static func parameter(_ name: String, of field: String) -> String? {
    for piece in field.split(separator: ";").dropFirst() {
      let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard pair.count == 2, pair[0].lowercased() == name else { continue }
      let value = pair[1]
      return value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2
        ? String(value.dropFirst().dropLast()) : value
    }
    return nil
  }

  private static func decoded(_ body: String, encoding: String) throws(ExchangeReadError) -> [UInt8] {
    switch encoding.lowercased() {
    case "base64":
      let joined = body.filter { !$0.isWhitespace }
      guard let data = Data(base64Encoded: joined) else { throw .doesNotFit("the attachment is not valid base64") }
      return Array(data)
    case "7bit", "8bit", "binary": return Array(body.utf8)
    default: throw .unreadableAttachment(encoding)
    }
  }
}
