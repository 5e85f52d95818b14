import GRDB
import MentorPrepCore

/// One answer `search` found: where it was said, and the words around the match.
public struct SearchHit: Sendable, Equatable {
  /// Marks the start of a match in `snippet`.
  public static let matchStart: Character = "\u{1}"
  /// Marks the end of a match in `snippet`.
  public static let matchEnd: Character = "\u{2}"

  /// The session the answer belongs to; nil for an action a partner's record brought.
  public var session: Int?
  /// The action's ref (`r1`) for an action a partner's record brought, who agreed it.
  public var ref: String?
  /// The day of the meeting (of the session's creation when no meeting was set); for an
  /// action a record brought, the day it last changed.
  public var date: LocalDateTime
  public var partner: String?
  /// The id of the question answered (`follow_up.learnings`).
  public var question: String
  /// The answer's words around the match, each match between `matchStart` and `matchEnd`.
  public var snippet: String
  /// The answer's whole plain text, each match between `matchStart` and `matchEnd`.
  public var text: String

  public init(
    session: Int?, date: LocalDateTime, partner: String?, question: String, snippet: String,
    text: String, ref: String? = nil
  ) {
    self.session = session
    self.ref = ref
    self.date = date
    self.partner = partner
    self.question = question
    self.snippet = snippet
    self.text = text
  }

  /// The snippet cut into plain and matched pieces, in order.
  public var pieces: [(text: String, isMatch: Bool)] { Self.pieces(of: snippet) }

  /// The whole text cut into plain and matched pieces, in order.
  public var textPieces: [(text: String, isMatch: Bool)] { Self.pieces(of: text) }

  /// `marked` cut into plain and matched pieces, in order.
  static func pieces(of marked: String) -> [(text: String, isMatch: Bool)] {
    var pieces: [(text: String, isMatch: Bool)] = []
    var current = ""
    var inMatch = false
    for character in marked {
      if character == Self.matchStart || character == Self.matchEnd {
        if !current.isEmpty { pieces.append((current, inMatch)) }
        current = ""
        inMatch = character == Self.matchStart
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { pieces.append((current, inMatch)) }
    // Words of one phrase are marked one by one: `[design] [review]` reads as `[design review]`.
    var merged: [(text: String, isMatch: Bool)] = []
    for piece in pieces {
      if piece.isMatch, merged.count >= 2, merged[merged.count - 2].isMatch,
        let gap = merged.last, !gap.isMatch, gap.text.allSatisfy(\.isWhitespace)
      {
        merged.removeLast()
        merged[merged.count - 1].text += gap.text + piece.text
      } else {
        merged.append(piece)
      }
    }
    return merged
  }
}
