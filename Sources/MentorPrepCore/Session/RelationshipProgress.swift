/// The figures of one relationship over time, as `progress --with` shows them: the sessions
/// and the gaps between them against the cadence, the actions and the kept-rate per session,
/// the milestones and their steps, the ratings and the relationship's phase.
public struct RelationshipProgress: Sendable, Equatable, Encodable {
  public var partner: String
  public var role: Role?
  public var sessions: [SessionFigure]
  /// The cadence the latest charter agreed.
  public var cadence: Cadence?
  /// Every action agreed with the partner.
  public var actions: ActionCounts
  /// The latest milestones agreed, with their ratings over time.
  public var milestones: [MilestoneFigure]
  /// The steps towards the milestones, as last agreed.
  public var steps: [StepFigure]
  public var stepsDone: Int
  /// The phase of the relationship, session by session, runs of one phase together.
  public var phases: [PhaseSpan]
  /// The next meeting the latest session agreed.
  public var nextMeeting: LocalDateTime?

  /// One session: its date, the gap since the one before and its actions.
  public struct SessionFigure: Sendable, Equatable, Encodable {
    public var session: Int
    public var date: LocalDateTime
    /// Days since the session before; nil for the first.
    public var gapDays: Int?
    /// Whether that gap kept to the cadence; nil without a gap or a cadence.
    public var onCadence: Bool?
    public var phase: String?
    /// The session's rating, 1–5, when given.
    public var rating: Int?
    /// The actions this session agreed, and how far they got.
    public var actions: ActionCounts

    enum CodingKeys: String, CodingKey {
      case session, date, phase, rating, actions
      case gapDays = "gap_days"
      case onCadence = "on_cadence"
    }
  }

  /// A milestone and how far along it was rated (1–5) in each session that rated it.
  public struct MilestoneFigure: Sendable, Equatable, Encodable {
    public var name: String
    public var ratings: [Rating]
  }

  /// A rating given in a session.
  public struct Rating: Sendable, Equatable, Encodable {
    public var session: Int
    public var rating: Int
  }

  /// A step towards the milestones, done when ticked off in a later session (or, for steps
  /// agreed as actions, when its action is done).
  public struct StepFigure: Sendable, Equatable, Encodable {
    public var text: String
    public var due: LocalDateTime?
    public var done: Bool
    /// The session that agreed it.
    public var session: Int
  }

  /// A run of sessions in one phase of the relationship.
  public struct PhaseSpan: Sendable, Equatable, Encodable {
    public var phase: String
    public var fromSession: Int
    public var toSession: Int

    enum CodingKeys: String, CodingKey {
      case phase
      case fromSession = "from_session"
      case toSession = "to_session"
    }
  }

  /// The figures of a relationship's history.
  public init(_ history: RelationshipHistory) {
    partner = history.partner
    role = history.role
    var bySession: [Int: [TrackedAction]] = [:]
    for action in history.actions {
      guard let session = action.session else { continue }
      bySession[session, default: []].append(action)
    }
    actions = ActionCounts(history.actions.map(\.status))

    var latest: [String: (session: Int, answer: Answer)] = [:]
    for meeting in history.sessions {
      for (key, answer) in meeting.answers where answer != .skipped {
        latest[key] = (meeting.number, answer)
      }
    }
    let cadence = Cadence(latest[SessionRecord.Key.cadence]?.answer)
    self.cadence = cadence
    var names: [String] = []
    if case .list(let items)? = latest[SessionRecord.Key.milestones]?.answer { names = items }
    milestones = names.enumerated().map { index, name in
      let key = RelationshipHistory.milestoneRatingPrefix + String(index + 1)
      return MilestoneFigure(
        name: name,
        ratings: history.sessions.compactMap { meeting in
          Self.rating(meeting.answers[key]).map { Rating(session: meeting.number, rating: $0) }
        })
    }
    var ticked: Set<String> = []
    for meeting in history.sessions {
      if case .list(let items)? = meeting.answers[SessionRecord.Key.milestoneStepsDone] {
        ticked.formUnion(items)
      }
    }
    steps = []
    if let (session, answer) = latest[SessionRecord.Key.milestoneSteps],
      case .actions(let items) = answer
    {
      let agreed = bySession[session] ?? []
      steps = items.map { item in
        StepFigure(
          text: item.text, due: item.due,
          done: ticked.contains(item.text)
            || agreed.contains { $0.item.text == item.text && $0.status == .done },
          session: session)
      }
    }
    stepsDone = steps.filter(\.done).count
    nextMeeting = history.sessions.last.flatMap {
      if case .dateTime(let date)? = $0.answers[SessionRecord.Key.nextMeetingAt] { return date }
      return nil
    }

    var figures: [SessionFigure] = []
    var phase: String?
    for meeting in history.sessions {
      if case .choice(let id)? = meeting.answers[SessionRecord.Key.relationshipPhase] {
        phase = id
      } else if meeting.answers[SessionRecord.Key.firstSession] == .yesNo(true) {
        // A first meeting opens a relationship, whichever phase the next one names.
        phase = "initiation"
      }
      let gap = figures.last.map { meeting.date.dayNumber - $0.date.dayNumber }
      figures.append(
        SessionFigure(
          session: meeting.number, date: meeting.date, gapDays: gap,
          onCadence: gap.flatMap { gap in cadence.map { gap <= $0.longestGap } },
          phase: phase, rating: Self.rating(meeting.answers[SessionRecord.Key.sessionRating]),
          actions: ActionCounts((bySession[meeting.number] ?? []).map(\.status))))
    }
    sessions = figures

    phases = []
    for figure in figures {
      guard let phase = figure.phase else { continue }
      if let last = phases.last, last.phase == phase {
        phases[phases.count - 1].toSession = figure.session
      } else {
        phases.append(PhaseSpan(phase: phase, fromSession: figure.session, toSession: figure.session))
      }
    }
  }

  /// A rating of 1–5 from a choice (`4`) or a typed number.
  static func rating(_ answer: Answer?) -> Int? {
    let text: String
    switch answer {
    case .choice(let id)?: text = id
    case .text(let value)?: text = value
    case .number(let value)?: text = String(value)
    case .yesNo, .dateTime, .list, .actions, .status, .skipped, nil: return nil
    }
    guard let value = Int(text.filter { !$0.isWhitespace }), (1...5).contains(value)
    else { return nil }
    return value
  }
}

extension RelationshipProgress {
  /// The relationship in one line, said when a returning session starts: "3 sessions since
  /// Friday 2 October 2026; 3 of 5 reviewed actions kept; next milestone step: …".
  public var welcomeLine: String? {
    guard let first = sessions.first else { return nil }
    let count = sessions.count
    var parts = [
      count == 1
        ? "1 session so far, on \(first.date.at(hour: nil, minute: nil).spoken)"
        : "\(count) sessions since \(first.date.at(hour: nil, minute: nil).spoken)"
    ]
    if actions.reviewed > 0 {
      parts.append("\(actions.done) of \(actions.reviewed) reviewed actions kept")
    } else if actions.agreed > 0 {
      parts.append("\(actions.agreed) action\(actions.agreed == 1 ? "" : "s") to review")
    }
    if let step = steps.filter({ !$0.done }).min(by: { ($0.due ?? .distant) < ($1.due ?? .distant) }) {
      parts.append(
        "next milestone step: \(step.text)" + (step.due.map { ", by \($0.spoken)" } ?? ""))
    } else if let milestone = milestones.first {
      parts.append("milestone: \(milestone.name)")
    }
    return parts.joined(separator: "; ") + "."
  }
}

extension LocalDateTime {
  /// Later than any real date, for sorting undated things last.
  fileprivate static let distant = LocalDateTime(year: 9999, month: 12, day: 31)
}
