import Foundation
import Testing

@testable import MentorPrepCore

/// Ways for tests to talk to a dialogue and read what it did.
extension Dialogue {
  @discardableResult
  mutating func type(_ line: String) -> [DialogueEffect] { handle(.line(line)) }

  /// Types several lines and returns the effects of the last.
  @discardableResult
  mutating func type(_ lines: [String]) -> [DialogueEffect] {
    var effects: [DialogueEffect] = []
    for line in lines { effects = handle(.line(line)) }
    return effects
  }

  /// The key of the question being asked, or "gate" between phases, or nil when finished.
  var askedKey: String? {
    switch progress.position {
    case .betweenPhases: "gate"
    case .asking: progress.position.answerKey?.text
    case .entering, .finished: nil
    }
  }

  /// Starts, answers the setup questions and the relationship look-up; stops at the first
  /// question after setup, and returns what answering the last setup question did.
  @discardableResult
  mutating func setUp(
    role: String = "mentee", me: String = "Sam Rivera", partner: String = "Alex Chen", first: String = "y",
    memory: RelationshipMemory = .none
  ) throws -> [DialogueEffect] {
    _ = handle(.start)
    _ = type([role, me])
    let lookUp = type(partner)
    let asked = try #require(Role(rawValue: role))
    try #require(lookUp.last == .lookUpRelationship(partner: partner, role: asked))
    _ = handle(.relationship(memory))
    return type(first)
  }
}

extension [DialogueEffect] {
  var errors: [String] {
    compactMap {
      if case .say(let text, .error) = $0 { return text }
      return nil
    }
  }

  var records: [String: Answer] {
    var result: [String: Answer] = [:]
    for case .record(let key, let answer) in self { result[key] = answer }
    return result
  }

  var lines: [String] {
    compactMap {
      if case .say(let text, _) = $0 { return text }
      return nil
    }
  }
}
