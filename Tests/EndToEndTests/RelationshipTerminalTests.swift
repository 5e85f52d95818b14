import Foundation
import Testing

/// At a terminal: matches in bold, charts as wide as the terminal.
@Suite struct RelationshipTerminalTests {
  @Test func searchMarksMatchesInBoldAtATerminal() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home)
    let terminal = try PseudoTerminal.start(
      ["search", "don't"], home: home, environment: ["MENTORPREP_NOW": RelationshipFixture.now])
    #expect(terminal.waitForExit() == 0)
    #expect(terminal.raw().contains("\u{1B}[1mDon't\u{1B}[22m skip the pre-read"))
    #expect(!terminal.raw().contains("[Don't]"))
  }

  @Test func progressFillsTheTerminalsWidth() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home)
    let terminal = try PseudoTerminal.start(
      ["progress", "--with", "okafor"], home: home,
      environment: ["MENTORPREP_NOW": RelationshipFixture.now], unset: ["COLUMNS"], columns: 60)
    #expect(terminal.waitForExit() == 0)
    let timeLine = PseudoTerminal.plain(terminal.raw()).split(whereSeparator: \.isNewline)
      .first { $0.hasPrefix("  ●") }
    // Two columns are left free: a line that reaches the last column wraps on some terminals.
    #expect(timeLine?.count == 58)
  }
}
