import MentorPrepCore
import MentorPrepStore

/// `progress` as text: each partner in a few lines, or one relationship in full with its
/// charts, as wide as `chart.width`.
struct ProgressReport {
  var chart: TextChart

  // MARK: - Every partner

  /// A block per partner: sessions, last and next meeting, kept-rate.
  func overview(_ partners: [PartnerSummary]) -> [String] {
    var lines: [String] = []
    for partner in partners {
      if !lines.isEmpty { lines.append("") }
      lines.append(Self.title(partner.partner, role: partner.role))
      if partner.sessions == 1 {
        lines.append(
          "  first session on \(partner.firstDate.spokenDay); nothing to compare yet")
      } else {
        lines.append(
          "  \(partner.sessions) sessions, \(TextChart.shortDay(partner.firstDate)) to "
            + "\(TextChart.shortDay(partner.lastDate))")
      }
      lines.append("  next meeting: " + (partner.nextMeeting?.spoken ?? "none agreed"))
      lines.append(keptLine(partner.actions, label: "  kept: "))
    }
    return lines
  }

  /// `kept: 4 of 6 (67%) ████░░`, the figure said before its bar, or what stands in for it
  /// while nothing is reviewed.
  private func keptLine(_ counts: ActionCounts, label: String) -> String {
    guard let rate = counts.keptRate else {
      return label + (counts.agreed == 0 ? "no actions agreed yet" : "no actions reviewed yet")
    }
    let figure = "\(counts.done) of \(counts.reviewed) (\(TextChart.percent(rate))) "
    let length = max(4, min(30, chart.width - label.count - figure.count))
    return label + figure + chart.bar(rate, length: length)
  }

  // MARK: - One relationship

  /// The relationship in full: sessions on a time line with their gaps, actions and kept-rate
  /// per session, milestones, ratings and phase.
  func relationship(_ progress: RelationshipProgress) -> [String] {
    var lines = [Self.title(progress.partner, role: progress.role)]
    let sessions = progress.sessions
    if sessions.count == 1, let only = sessions.first {
      lines.append("First session on \(only.date.spokenDay); nothing to compare yet.")
    } else if let first = sessions.first, let last = sessions.last {
      lines.append(
        "\(sessions.count) sessions, \(first.date.spokenDay) to \(last.date.spokenDay).")
    }
    if let cadence = progress.cadence {
      lines.append("Cadence agreed: \(cadence.text) (every \(cadence.days) days).")
    }
    lines.append("Next meeting: " + (progress.nextMeeting?.spoken ?? "none agreed") + ".")

    if sessions.count > 1 {
      lines += [""] + timeLine(progress)
    }
    lines += [""] + actions(progress)
    if !progress.milestones.isEmpty || !progress.steps.isEmpty {
      lines += [""] + milestones(progress)
    }
    let rated = sessions.filter { $0.rating != nil }
    if !rated.isEmpty {
      lines += ["", "Session ratings (1-5)", Self.ratingsSentence(rated)]
      for session in rated {
        guard let rating = session.rating else { continue }
        lines.append(barLine(Self.label(session), fraction: Double(rating) / 5, figure: "\(rating)/5"))
      }
    }
    if !progress.phases.isEmpty {
      lines += ["", "Phase"]
      for span in progress.phases {
        let range =
          span.fromSession == span.toSession
          ? "session \(span.fromSession)" : "sessions \(span.fromSession)-\(span.toSession)"
        lines.append("  \(span.phase): \(range)")
      }
    }
    return lines
  }

  /// The sessions on a line scaled to their dates, then each with the gap before it.
  private func timeLine(_ progress: RelationshipProgress) -> [String] {
    let sessions = progress.sessions
    var lines = ["Sessions", Self.sessionsSentence(progress)]
    let line = chart.timeLine(
      days: sessions.map(\.date.dayNumber), length: chart.width - 4,
      longestGap: progress.cadence?.longestGap)
    lines.append("  " + line)
    if let first = sessions.first, let last = sessions.last {
      let left = TextChart.shortDay(first.date)
      let right = TextChart.shortDay(last.date)
      let room = max(1, line.count - left.count - right.count)
      lines.append("  " + left + String(repeating: " ", count: room) + right)
    }
    for session in sessions {
      var text = Self.label(session) + "  " + TextChart.shortDate(session.date)
      if let gap = session.gapDays {
        text += ", \(gap) day\(gap == 1 ? "" : "s") after"
        if let cadence = progress.cadence, let on = session.onCadence {
          text += on ? " (on cadence)" : " (\(gap - cadence.days) over the \(cadence.days))"
        }
      }
      lines.append(text)
    }
    return lines
  }

  /// The counts of every status, then the kept-rate of each session as bars.
  private func actions(_ progress: RelationshipProgress) -> [String] {
    let counts = progress.actions
    var lines = [
      "Actions: \(counts.agreed) agreed; \(counts.open) open, \(counts.done) done, "
        + "\(counts.partly) partly, \(counts.notYet) not yet, \(counts.dropped) dropped"
    ]
    lines.append(keptLine(counts, label: "Kept: "))
    guard progress.sessions.contains(where: { $0.actions.agreed > 0 }) else { return lines }
    lines += ["", "Kept-rate by session", Self.keptSentence(progress.sessions)]
    let figures = progress.sessions.map { session in
      session.actions.keptRate.map { rate in
        "\(session.actions.done) of \(session.actions.reviewed) \(TextChart.percent(rate))"
      }
    }
    // Every bar as long as the others: the figures after them padded to the longest.
    let figureWidth = figures.map { $0?.count ?? 0 }.max() ?? 0
    for (session, figure) in zip(progress.sessions, figures) where session.actions.agreed > 0 {
      guard let rate = session.actions.keptRate, let figure else {
        lines.append(Self.label(session) + "  \(session.actions.agreed) agreed, none reviewed yet")
        continue
      }
      let padded = String(repeating: " ", count: figureWidth - figure.count) + figure
      lines.append(barLine(Self.label(session), fraction: rate, figure: padded))
    }
    return lines
  }

  private func milestones(_ progress: RelationshipProgress) -> [String] {
    var lines = ["Milestones"]
    for milestone in progress.milestones {
      let ratings = milestone.ratings.map { "\($0.rating)/5 (#\($0.session))" }
      lines.append(
        "  - " + milestone.name + (ratings.isEmpty ? "" : ": " + ratings.joined(separator: ", ")))
    }
    if !progress.steps.isEmpty {
      lines.append("  Steps: \(progress.stepsDone) of \(progress.steps.count) done")
      for step in progress.steps {
        let mark = step.done ? "[x]" : "[ ]"
        let due = step.due.map { ", by " + TextChart.shortDay($0) } ?? ""
        lines.append("    \(mark) \(step.text)\(due)")
      }
    }
    return lines
  }

  /// `  #2  ██████░░░  2 of 3 67%`: a label, a bar filling what is left of the line, a figure.
  private func barLine(_ label: String, fraction: Double, figure: String) -> String {
    let length = max(4, chart.width - label.count - figure.count - 4)
    return label + "  " + chart.bar(fraction, length: length) + "  " + figure
  }

  // MARK: - What each chart shows, in a sentence (SPEC §2: a screen reader hears it first)

  /// `3 sessions over 10 weeks; 1 of the 2 gaps ran past the cadence.`
  static func sessionsSentence(_ progress: RelationshipProgress) -> String {
    let sessions = progress.sessions
    guard let first = sessions.first, let last = sessions.last else { return "" }
    let days = last.date.dayNumber - first.date.dayNumber
    let span = days >= 14 ? "\(days / 7) weeks" : "\(days) day\(days == 1 ? "" : "s")"
    var sentence = "\(sessions.count) sessions over \(span)"
    let judged = sessions.compactMap(\.onCadence)
    if !judged.isEmpty {
      let over = judged.filter { !$0 }.count
      let gaps = judged.count == 1 ? "the one gap" : "the \(judged.count) gaps"
      sentence += over == 0 ? "; \(gaps) kept to the cadence" : "; \(over) of \(gaps) ran past the cadence"
    }
    return sentence + "."
  }

  /// `Session 2 kept 1 of its 2 actions, down from 1 of 1 at session 1.`
  static func keptSentence(_ sessions: [RelationshipProgress.SessionFigure]) -> String {
    let reviewed = sessions.filter { $0.actions.keptRate != nil }
    guard let last = reviewed.last, let rate = last.actions.keptRate else {
      return "No session's actions have been reviewed yet."
    }
    func kept(_ session: RelationshipProgress.SessionFigure) -> String {
      "\(session.actions.done) of \(session.actions.reviewed)"
    }
    var sentence = "Session \(last.session) kept \(last.actions.done) of its \(last.actions.reviewed) actions"
    if reviewed.count > 1 {
      let earlier = reviewed[reviewed.count - 2]
      let before = earlier.actions.keptRate ?? 0
      let direction = rate > before ? "up from" : rate < before ? "down from" : "the same rate as"
      sentence += ", \(direction) \(kept(earlier)) at session \(earlier.session)"
    }
    return sentence + "."
  }

  /// `Ratings from 3 to 5 out of 5; the last, 5.`
  static func ratingsSentence(_ rated: [RelationshipProgress.SessionFigure]) -> String {
    let ratings = rated.compactMap(\.rating)
    guard let low = ratings.min(), let high = ratings.max(), let last = ratings.last else { return "" }
    if low == high { return "Every session rated \(low) out of 5." }
    return "Ratings from \(low) to \(high) out of 5; the last, \(last)."
  }

  private static func label(_ session: RelationshipProgress.SessionFigure) -> String {
    "  #\(session.session)"
  }

  static func title(_ partner: String, role: Role?) -> String {
    switch role {
    case .mentee?: "\(partner), your mentor"
    case .mentor?: "\(partner), your mentee"
    case nil: partner
    }
  }
}

extension LocalDateTime {
  /// `Friday 2 October 2026`: the day alone, spoken.
  var spokenDay: String { at(hour: nil, minute: nil).spoken }
}
