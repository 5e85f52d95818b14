import Foundation
import MentorPrepCore
import MentorPrepStore

/// `due --json`: the window and every line, in the order the text shows them.
struct DueJSON: Encodable {
  var withinDays: Int
  var items: [Item]

  enum CodingKeys: String, CodingKey {
    case items
    case withinDays = "within_days"
  }

  struct Item: Encodable {
    /// `action`, `meeting` or `follow_up`.
    var kind: String
    /// When it is due: the action's date, the meeting's time.
    var date: LocalDateTime
    var overdue: Bool
    var session: Int?
    var ref: String?
    var text: String?
    var owner: String?
    var ownerName: String?
    var due: LocalDateTime?
    var status: String?
    var mine: Bool?
    var partner: String?
    var command: String

    enum CodingKeys: String, CodingKey {
      case kind, date, overdue, session, ref, text, owner, due, status, mine, partner, command
      case ownerName = "owner_name"
    }
  }
}
