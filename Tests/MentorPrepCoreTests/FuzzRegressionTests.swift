import Foundation
import Testing

@testable import MentorPrepCore

/// Inputs the fuzz targets in Fuzz/ found, or that were written to stress the same code, kept
/// so that every `make test` runs them through the same calls and checks: banks in
/// `FuzzRegressions/banks/`, typed lines in `FuzzRegressions/answers/` (the first byte picks
/// the role, as in the fuzz target). A crash would stop the test run; the checks say more.
@Suite struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("FuzzRegressions")

  static func files(_ kind: String) -> [String] {
    let path = folder.appendingPathComponent(kind).path
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  static func bytes(_ kind: String, _ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(kind).appendingPathComponent(name)))
  }

  @Test func bothFoldersHoldInputs() {
    #expect(!Self.files("banks").isEmpty)
    #expect(!Self.files("answers").isEmpty)
  }

  /// Loaded, or refused with problems that each have a place; as `FuzzBankLoader` checks.
  @Test(arguments: files("banks"))
  func bankLoadsOrIsRefusedWithPlaces(_ name: String) throws {
    let bytes = try Self.bytes("banks", name)
    let separator = Array("\n---8<---\n".utf8)
    var files = [BankFile(name: "fuzz/setup.yaml", bytes: bytes)]
    if let cut = Self.firstRange(of: separator, in: bytes) {
      files = [
        BankFile(name: "fuzz/setup.yaml", bytes: Array(bytes[..<cut.lowerBound])),
        BankFile(name: "fuzz/during.yaml", bytes: Array(bytes[cut.upperBound...])),
      ]
    }
    do {
      let bank = try BankLoader.load(files)
      #expect(bank.entries[.setup] != nil)
      for state in bank.states {
        #expect(bank.state(state.id) == state)
        for question in state.questions { #expect(bank.question(question.id) != nil) }
      }
    } catch {
      #expect(!error.problems.isEmpty)
      for problem in error.problems {
        #expect(problem.line >= 1 && problem.column >= 1, "\(problem)")
        #expect(!problem.message.isEmpty)
      }
    }
  }

  /// Parsed as every kind of answer, an action and a date; as `FuzzAnswers` checks.
  @Test(arguments: files("answers"))
  func answerParsesOrIsRefusedWithAReason(_ name: String) throws {
    let bytes = try Self.bytes("answers", name)
    let role: Role = (bytes.first ?? 0) & 1 == 0 ? .mentee : .mentor
    let line = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)

    let dates = DateParser(now: now)
    if let date = dates.parse(line) {
      #expect(LocalDateTime.isValidDay(year: date.year, month: date.month, day: date.day), "\(date)")
      #expect(LocalDateTime(date.description) == date)
      #expect(dates.parse(date.description) == date)
    }
    let actions = ActionParser(now: now, role: role, me: "Ana Lopez", partner: "Sam Rivera")
    if case .failure(let rejection) = actions.parse(line) { #expect(!rejection.reason.isEmpty) }
    let answers = AnswerParser(now: now, role: role, me: "Ana Lopez", partner: "Sam Rivera")
    for kind in Question.Kind.allCases {
      let question = Question(
        id: "fuzz.\(kind.rawValue)", kind: kind, text: RoleText(both: "A question?"),
        optional: kind == .text,
        options: kind == .choice ? [Question.Option(id: "written", label: "In writing")] : [])
      for result in [answers.parse(line, for: question), answers.parseItem(line, for: question)] {
        if case .failure(let rejection) = result { #expect(!rejection.reason.isEmpty) }
      }
    }
  }

  static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where Array(haystack[start..<start + needle.count]) == needle {
      return start..<start + needle.count
    }
    return nil
  }
}
