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
    let list = try fromStore { () throws(StoreError) in
      try workspace.store.due(now: workspace.clock.local, within: within)
    }
    if json {
      Output.json(DueJSON(withinDays: within, items: Self.items(list)))
      return 0
    }
    guard !list.isEmpty else {
      Output.line("Nothing is due in the next \(within) day\(within == 1 ? "" : "s").")
      return 0
    }
    let count = list.overdue.count + list.soon.count + list.meetings.count + list.followUps.count
    var table = Output.Table(
      header: ["Due", "When", "What", "Who", "With", "Settle with"], rows: count)
    // Many actions share a date: each is written once.
    var dates: [LocalDateTime: String] = [:]
    Self.forEachLine(in: list) { line in
      table.add(line.label)
      if let known = dates[line.date] {
        table.add(known)
      } else {
        let text = TextChart.shortDate(line.date)
        dates[line.date] = text
        table.add(text)
      }
      table.add(line.what)
      table.add(line.who)
      table.add(line.with ?? "-")
      table.add(line.command)
    }
    table.write()
    return 0
  }

  /// One line of the text: the first column's word, the date, what is due, whose it is, the
  /// partner, and the command that settles it. (Columns rather than one sentence: `due` may
  /// write thousands of lines, and joining strings for each showed.)
  struct Line {
    var label: String
    var date: LocalDateTime
    var what: String
    var who: String
    var with: String?
    var command: String
  }

  /// Calls `body` with each line in order: overdue actions (yours, then your partners'),
  /// actions due soon, meetings, follow-ups.
  static func forEachLine(in list: DueList, _ body: (Line) -> Void) {
    func action(_ due: DueAction, label: String) {
      let row = due.action
      guard let date = row.due else { return }
      body(
        Line(
          label: label, date: date, what: row.text, who: due.isMine ? "you" : row.ownerName,
          with: row.partner, command: "mentorprep actions done " + row.ref))
    }
    for due in list.overdue { action(due, label: "overdue") }
    for due in list.soon { action(due, label: "soon") }
    for meeting in list.meetings {
      body(
        Line(
          label: "meeting", date: meeting.at, what: "Meeting", who: "both", with: meeting.partner,
          command: command(meeting)))
    }
    for followUp in list.followUps {
      body(
        Line(
          label: followUp.isOverdue ? "overdue" : "follow-up", date: followUp.meetingAt,
          what: "Follow-up: finish the after phase of session \(followUp.session)", who: "you",
          with: followUp.partner, command: "mentorprep resume \(followUp.session)"))
    }
  }

  /// Resume the session prepared for the meeting, else start one with the partner.
  static func command(_ meeting: DueMeeting) -> String {
    meeting.preparedIn.map { "mentorprep resume \($0)" }
      ?? "mentorprep start --with \(shellQuoted(meeting.partner))"
  }

  /// Every line as JSON, in the order of the text.
  static func items(_ list: DueList) -> [DueJSON.Item] {
    func action(_ due: DueAction, overdue: Bool) -> DueJSON.Item {
      let row = due.action
      return DueJSON.Item(
        kind: "action", date: row.due ?? LocalDateTime(year: 1970, month: 1, day: 1),
        overdue: overdue, session: row.session, ref: row.ref, text: row.text,
        owner: row.owner.description, ownerName: row.ownerName, due: row.due,
        status: row.status.rawValue, mine: due.isMine, partner: row.partner,
        command: "mentorprep actions done " + row.ref)
    }
    var items = list.overdue.map { action($0, overdue: true) }
    items += list.soon.map { action($0, overdue: false) }
    items += list.meetings.map { meeting in
      DueJSON.Item(
        kind: "meeting", date: meeting.at, overdue: false,
        session: meeting.preparedIn ?? meeting.agreedIn, partner: meeting.partner,
        command: command(meeting))
    }
    items += list.followUps.map { followUp in
      DueJSON.Item(
        kind: "follow_up", date: followUp.meetingAt, overdue: followUp.isOverdue,
        session: followUp.session, partner: followUp.partner,
        command: "mentorprep resume \(followUp.session)")
    }
    return items
  }

  /// A word as the shell reads it back: as it is when plain, else in single quotes.
  static func shellQuoted(_ text: String) -> String {
    let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "-_.,@".contains($0) }
    return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
