/// The whole session as a Markdown document (the `markdown` export): a summary, then a heading
/// per phase with every answered question in the words the user saw and the answer under it,
/// then the actions as a table.
///
/// Answers are escaped, so nothing a user typed can turn into a heading, a link or raw HTML.
/// A document is made to be shared: the answers to private questions (a journal entry) are left
/// out, and a line says so, unless `includingPrivate`, when each is marked as private.
struct MarkdownDocument {
  var record: SessionRecord
  var bank: QuestionBank
  var includingPrivate = false

  private var role: Role { record.role ?? .mentee }

  var text: String {
    var blocks: [String] = [title, summary]
    if !includingPrivate && !privateAnswers.isEmpty {
      blocks.append(
        "_Private notes (\(privateAnswers.count)) are left out of this document; `--private` includes them._")
    }
    var shown: Set<String> = []
    let states = bank.statesInConversationOrder
    for phase in Phase.allCases {
      let sections = states.filter { $0.phase == phase }.compactMap { state in
        section(state, shown: &shown)
      }
      guard !sections.isEmpty else { continue }
      blocks.append("## \(phase.title)")
      blocks += sections
    }
    let others = record.answers.keys.filter { !shown.contains($0) }.sorted()
      .compactMap { key -> String? in
        guard let answer = record.answers[key], answer != .skipped else { return nil }
        return "**" + Self.code(key) + "**\n\n" + render(answer, of: nil)
      }
    if !others.isEmpty {
      blocks.append("## Other answers")
      blocks.append(
        "These answers belong to questions the question bank no longer has.")
      blocks += others
    }
    blocks += actionTables
    return blocks.joined(separator: "\n\n") + "\n"
  }

  // MARK: - Heading and summary

  private var title: String {
    "# " + Self.escape("Mentoring session \(record.number): \(record.menteeName) and \(record.mentorName)")
  }

  private var summary: String {
    var lines = [
      "- **Mentee:** " + Self.escape(record.menteeName),
      "- **Mentor:** " + Self.escape(record.mentorName),
    ]
    if let me = record.me {
      lines.append("- **Written by:** \(Self.escape(me)) (\(role.rawValue))")
    }
    if let meeting = record.meetingAt { lines.append("- **Meeting:** \(meeting.spoken)") }
    if let next = record.nextMeetingAt { lines.append("- **Next meeting:** \(next.spoken)") }
    lines.append(
      "- **Progress:** "
        + (record.completed ? "completed" : "in progress, reached \(record.phaseReached.title.lowercased())"))
    lines.append("- **Last updated:** \(record.updatedAt)")
    return lines.joined(separator: "\n")
  }

  // MARK: - Questions and answers

  /// A state's heading and its answered questions; items (`key#ref`) grouped under their action.
  private func section(_ state: BankState, shown: inout Set<String>) -> String? {
    var blocks: [String] = []
    for question in state.questions {
      guard let answer = record.answers[question.id] else { continue }
      shown.insert(question.id)
      if answer == .skipped || question.isPrivate && !includingPrivate { continue }
      blocks.append(entry(question, answer, item: nil))
    }
    let refs = state.questions.flatMap { question in
      record.answers.keys.filter { AnswerKey.isItem($0, of: question.id) }.compactMap { AnswerKey($0).item }
    }
    // A choice on an action is shown against the action as it was put to the user.
    let proposed =
      state.forEach == .ownNewActions ? bank.proposedActions(in: record.answers, session: record.number) : []
    for ref in Self.inOrder(Set(refs)) {
      let action = proposed.first { $0.ref == ref } ?? self.action(ref)
      var entries: [String] = []
      for question in state.questions {
        let key = AnswerKey(question: question.id, item: ref).text
        guard let answer = record.answers[key] else { continue }
        shown.insert(key)
        if answer == .skipped || question.isPrivate && !includingPrivate { continue }
        entries.append(entry(question, answer, item: action))
      }
      guard !entries.isEmpty else { continue }
      let heading = action.map { Self.escape(ExportText.line($0.item.text)) } ?? "Action"
      blocks.append("#### \(heading) (\(Self.code(ref)))")
      blocks += entries
    }
    guard !blocks.isEmpty else { return nil }
    return (["### " + Self.escape(ExportText.line(state.title))] + blocks).joined(separator: "\n\n")
  }

  private func entry(_ question: Question, _ answer: Answer, item: TrackedAction?) -> String {
    let mark = question.isPrivate ? " _(private: a note for yourself, not for sharing)_" : ""
    return "**" + Self.escape(wording(question, item: item)) + "**" + mark + "\n\n" + render(answer, of: question)
  }

  /// The keys of the answered private questions, items included.
  private var privateAnswers: [String] {
    let ids = Set(bank.states.flatMap(\.questions).filter(\.isPrivate).map(\.id))
    return record.answers.filter { key, answer in answer != .skipped && ids.contains(AnswerKey(key).question) }
      .map(\.key)
  }

  /// The question as the user was asked it, with `{partner}`, `{me}` and the item's fields filled.
  private func wording(_ question: Question, item: TrackedAction?) -> String {
    var values = [
      "partner": record.partner ?? "your partner",
      "me": record.me ?? "you",
    ]
    if let item {
      values["action"] = item.item.text
      values["owner"] = record.ownerName(item.item.owner)
      values["due"] = item.item.due?.description ?? "no date"
    }
    var text = question.text.text(for: role)
    for (name, value) in values.sorted(by: { $0.key < $1.key }) {
      text = text.replacing("{\(name)}", with: value)
    }
    return ExportText.line(text)
  }

  private func render(_ answer: Answer, of question: Question?) -> String {
    switch answer {
    case .text(let text):
      let lines = ExportText.block(text).split(separator: "\n", omittingEmptySubsequences: false)
      return lines.map { Self.escape(String($0)) }.joined(separator: "\n")
    case .yesNo(let yes): return yes ? "Yes" : "No"
    case .choice(let id):
      let label = question?.choices.first { $0.id == id }?.label ?? id
      return Self.escape(ExportText.line(label))
    case .dateTime(let date): return date.spoken
    case .list(let items):
      let items = items.map(ExportText.line).filter { !$0.isEmpty }
      return items.isEmpty ? "_(none)_" : items.map { "- " + Self.escape($0) }.joined(separator: "\n")
    case .actions(let items):
      guard !items.isEmpty else { return "_(none)_" }
      var unused = record.actions
      return items.map { item in
        let index = unused.firstIndex { $0.item == item }
        let status = index.map { unused.remove(at: $0).status } ?? .open
        return checklistLine(item, status: status)
      }.joined(separator: "\n")
    case .status(let status): return status.label.prefix(1).uppercased() + status.label.dropFirst()
    case .number(let value):
      return question?.kind == .rating ? "\(value) of 5" : question?.kind == .minutes ? "\(value) minutes" : "\(value)"
    case .skipped: return "_(skipped)_"
    }
  }

  /// `- [ ] Draft the pitch — Ana Lopez, due Friday 27 November 2026`.
  private func checklistLine(_ item: ActionItem, status: ActionStatus) -> String {
    var line = (status == .done ? "- [x] " : "- [ ] ") + Self.escape(ExportText.line(item.text))
    line += " — " + Self.escape(ExportText.line(record.ownerName(item.owner)))
    if let due = item.due { line += ", due \(due.spoken)" }
    switch status {
    case .open, .done: break
    case .partly, .notYet, .dropped: line += " (\(status.label))"
    }
    return line
  }

  // MARK: - Actions

  private var actionTables: [String] {
    let agreed = record.actions.map { action in
      [
        action.ref, action.item.text, record.ownerName(action.item.owner), action.item.due?.description ?? "",
        action.status.label,
      ]
    }
    let reviewed = record.reviews.map { review in
      [
        review.action.ref, review.action.item.text, record.ownerName(review.action.item.owner), review.status.label,
        review.learned ?? "",
      ]
    }
    return table("Actions", ["Ref", "Action", "Owner", "Due", "Status"], agreed)
      + table(
        "Actions reviewed from earlier sessions", ["Ref", "Action", "Owner", "Status", "What came of it"], reviewed)
  }

  /// A heading and a table of `rows` under `columns`; nothing when there are no rows.
  private func table(_ heading: String, _ columns: [String], _ rows: [[String]]) -> [String] {
    guard !rows.isEmpty else { return [] }
    let lines = [row(columns), "|" + String(repeating: " --- |", count: columns.count)] + rows.map(row)
    return ["## " + heading, lines.joined(separator: "\n")]
  }

  private func row(_ cells: [String]) -> String {
    "| " + cells.map { Self.escape($0, blockStart: false) }.joined(separator: " | ") + " |"
  }

  private func action(_ ref: String) -> TrackedAction? {
    record.actions.first { $0.ref == ref } ?? record.reviews.first { $0.action.ref == ref }?.action
  }

  /// Refs like `3.2` in numeric order (`3.10` after `3.9`).
  static func inOrder(_ refs: Set<String>) -> [String] {
    refs.sorted { a, b in
      let x = a.split(separator: ".").map { Int($0) ?? Int.max }
      let y = b.split(separator: ".").map { Int($0) ?? Int.max }
      return x == y ? a < b : x.lexicographicallyPrecedes(y)
    }
  }

  // MARK: - Escaping

  /// Inline code for an id; ids hold no backticks, but a stray one must not end the span.
  static func code(_ text: String) -> String {
    "`" + ExportText.line(text).replacing("`", with: "'") + "`"
  }

  /// One line of user text as literal Markdown: inline markup characters are backslash-escaped,
  /// a line start that would open a block (heading, list, quote, rule) is neutralised (unless
  /// `blockStart` is false, as in a table cell), and a
  /// bare web address becomes an autolink instead of being mangled by escapes (not one with a
  /// pipe: a table splits its row at the pipe before it sees the link, so that one is escaped).
  static func escape(_ line: String, blockStart: Bool = true) -> String {
    let words = ExportText.line(line).split(separator: " ").map { word in
      isLink(word) ? "<\(word)>" : escapeInline(word)
    }
    let result = words.joined(separator: " ")
    guard blockStart, let first = result.first else { return result }
    if "#-+=>".contains(first) { return "\\" + result }
    let digits = result.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let after = result.dropFirst(digits.count).first, after == "." || after == ")" {
      return digits + "\\" + result.dropFirst(digits.count)
    }
    return result
  }

  private static func isLink(_ word: Substring) -> Bool {
    (word.hasPrefix("https://") || word.hasPrefix("http://")) && word.count > 8
      && !word.contains { "<>\\`|".contains($0) || $0.isWhitespace }
  }

  private static func escapeInline(_ word: Substring) -> String {
    var result = ""
    for character in word {
      if "\\`*_[]<>|~&".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
