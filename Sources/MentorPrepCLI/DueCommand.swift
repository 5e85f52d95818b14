import ArgumentParser
import Foundation
import MentorPrepCore
import MentorPrepStore

/// `mentorprep due`: what needs doing now, one line each with the command that settles it.
struct DueCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "due",
    abstract: "Show overdue and coming actions, meetings and follow-ups, with what settles each.")

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("How many days ahead to look (default 7).", valueName: "days"))
  var within = 7

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func validate() throws {
    guard (0...3650).contains(within) else {
      throw ValidationError("--within must be a number of days from 0 to 3650, not \(within).")
    }
  }

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global)
    let list: DueList
    do {
      list = try workspace.store.due(now: workspace.clock.local, within: within)
    } catch {
      throw .store(error)
    }
    let lines = Self.lines(list)
    if json {
      Output.json(
        DueJSON(
          withinDays: within, items: lines.map(\.json)))
      return 0
    }
    guard !lines.isEmpty else {
      print("Nothing is due in the next \(within) day\(within == 1 ? "" : "s").")
      return 0
    }
    var table = Output.Table(header: ["Due", "When", "What", "Settle with"], rows: lines.count)
    for line in lines {
      table.add(line.label)
      table.add(TextChart.shortDate(line.json.date))
      table.add(line.what)
      table.add(line.json.command)
    }
    table.write()
    return 0
  }

  /// One thing due, as text and JSON.
  struct Line {
    /// The first column: `overdue`, `soon`, `meeting` or `follow-up`.
    var label: String
    var json: DueJSON.Item
    var what: String
  }

  /// Every line in order: overdue actions (yours, then your partners'), actions due soon,
  /// meetings, follow-ups.
  static func lines(_ list: DueList) -> [Line] {
    func action(_ due: DueAction, overdue: Bool) -> Line {
      let row = due.action
      // Whose it is, and with whom when that is not the owner.
      let whose =
        due.isMine
        ? "yours" + (row.partner.map { ", with \($0)" } ?? "")
        : row.ownerName + (row.partner.map { $0 == row.ownerName ? "" : ", with \($0)" } ?? "")
      return Line(
        label: overdue ? "overdue" : "soon",
        json: DueJSON.Item(
          kind: "action", date: row.due ?? LocalDateTime(year: 1970, month: 1, day: 1),
          overdue: overdue, session: row.session, ref: row.ref, text: row.text,
          owner: row.owner.description, ownerName: row.ownerName, due: row.due,
          status: row.status.rawValue, mine: due.isMine, partner: row.partner,
          command: "mentorprep actions done \(row.ref)"),
        what: "\(row.ref) \(row.text) (\(whose))")
    }
    var lines = list.overdue.map { action($0, overdue: true) }
    lines += list.soon.map { action($0, overdue: false) }
    for meeting in list.meetings {
      let command =
        meeting.preparedIn.map { "mentorprep resume \($0)" }
        ?? "mentorprep start --with \(shellQuoted(meeting.partner))"
      lines.append(
        Line(
          label: "meeting",
          json: DueJSON.Item(
            kind: "meeting", date: meeting.at, overdue: false, session: meeting.preparedIn ?? meeting.agreedIn,
            partner: meeting.partner, command: command),
          what: "Meeting with \(meeting.partner)"))
    }
    for followUp in list.followUps {
      let with = followUp.partner.map { " with \($0)" } ?? ""
      lines.append(
        Line(
          label: followUp.isOverdue ? "overdue" : "follow-up",
          json: DueJSON.Item(
            kind: "follow_up", date: followUp.meetingAt, overdue: followUp.isOverdue,
            session: followUp.session, partner: followUp.partner,
            command: "mentorprep resume \(followUp.session)"),
          what: "Follow up session \(followUp.session)\(with): finish its after phase"))
    }
    return lines
  }

  /// A word as the shell reads it back: as it is when plain, else in single quotes.
  static func shellQuoted(_ text: String) -> String {
    let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "-_.,@".contains($0) }
    return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

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
