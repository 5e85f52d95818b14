/// One question of a bank, with a stable id under which its answer is stored.
public struct Question: Sendable, Equatable, Codable {
  public var id: String
  public var kind: Kind
  /// The wording, either shared or one per role.
  public var text: RoleText
  /// Who is asked: a mentee-only or mentor-only question is skipped for the other role.
  public var audience: Audience
  public var optional: Bool
  /// A short example shown under the question.
  public var hint: String?
  /// Longer guidance shown by `/help`.
  public var help: String?
  /// The options of a choice question.
  public var options: [Option]
  /// Asked only when this holds.
  public var condition: Condition?
  /// Asked only on the full path (`depth: full`).
  public var fullOnly: Bool
  /// May be left empty when this holds (`optional: {setup.relationship_phase: separation}`).
  public var optionalWhen: Condition?
  /// The answer an empty line takes when no earlier answer is offered (`default:`).
  public var defaultAnswer: String?
  /// An earlier answer (this session's, else the relationship's) an empty line takes.
  public var defaultFrom: String?
  /// A list answered earlier whose items are offered as numbered options; typing anew also works.
  public var optionsFrom: String?
  /// On a returning relationship the earlier answer is carried into this session, not asked.
  public var carried: Bool
  /// A note kept for oneself: never written into a message to the partner.
  public var isPrivate: Bool
  /// An answer both partners may see: it travels in the exchange record (SPEC §7), which
  /// carries no other answer.
  public var isShared: Bool
  /// For a date: the answer must come after this earlier date answer.
  public var laterThan: String?

  public init(
    id: String, kind: Kind, text: RoleText, audience: Audience = .both, optional: Bool = false,
    hint: String? = nil, help: String? = nil, options: [Option] = [], condition: Condition? = nil,
    fullOnly: Bool = false, optionalWhen: Condition? = nil, defaultAnswer: String? = nil,
    defaultFrom: String? = nil, optionsFrom: String? = nil, carried: Bool = false,
    isPrivate: Bool = false, isShared: Bool = false, laterThan: String? = nil, recallLabel: String? = nil
  ) {
    self.recallLabel = recallLabel
    self.id = id
    self.kind = kind
    self.text = text
    self.audience = audience
    self.optional = optional
    self.hint = hint
    self.help = help
    self.options = options
    self.condition = condition
    self.fullOnly = fullOnly
    self.optionalWhen = optionalWhen
    self.defaultAnswer = defaultAnswer
    self.defaultFrom = defaultFrom
    self.optionsFrom = optionsFrom
    self.carried = carried
    self.isPrivate = isPrivate
    self.isShared = isShared
    self.laterThan = laterThan
  }

  /// The form an answer takes.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case text
    /// An email address, checked as `EmailAddress` checks it.
    case email
    case yesNo = "yesno"
    case choice
    case dateTime = "datetime"
    case list
    case actions
    /// How far an earlier action got: done, partly or not yet.
    case status
    /// A score from 1 (poor) to 5 (excellent).
    case rating
    /// A length of time in minutes (`45`, `an hour`, `1.5 hours`).
    case minutes
    /// Steps towards the milestones, typed as actions are but not actions of the meeting.
    case steps

    /// Whether the answer is typed item by item, an empty line ending it.
    public var takesItems: Bool {
      switch self {
      case .list, .actions, .steps: true
      case .text, .email, .yesNo, .choice, .dateTime, .status, .rating, .minutes: false
      }
    }
  }

  /// Who a question is for.
  public enum Audience: String, Sendable, Codable, CaseIterable {
    case mentee, mentor, both

    public func includes(_ role: Role) -> Bool {
      switch self {
      case .both: true
      case .mentee: role == .mentee
      case .mentor: role == .mentor
      }
    }
  }

  /// One option of a choice question: a stable id and the words shown.
  public struct Option: Sendable, Equatable, Codable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
      self.id = id
      self.label = label
    }
  }

  /// The options a user chooses from: the bank's own, or the fixed ones of a status question.
  public var choices: [Option] {
    switch kind {
    case .status: Self.reviewOptions
    case .text, .email, .yesNo, .choice, .dateTime, .list, .actions, .rating, .minutes, .steps: options
    }
  }

  /// The words before recalled answers when this one comes back (`recall_as:`).
  public var recallLabel: String?

  /// The form an answer takes, as its hint names it (`y/n`, `1-3`, `list`), nil for free text.
  public var answerForm: String? {
    switch kind {
    case .text: nil
    case .email: "email"
    case .yesNo: "y/n"
    case .choice, .status: "1-\(choices.count)"
    case .dateTime: "date/time"
    case .list, .actions, .steps: "list"
    case .rating: "1-5"
    case .minutes: "minutes"
    }
  }

  /// The bracketed hint that ends the question line (SPEC §3), or nil for required free text.
  public var answerHint: String? {
    switch (answerForm, optional) {
    case (nil, false): return nil
    case (nil, true): return "[optional]"
    case (let form?, false): return "[\(form)]"
    case (let form?, true): return "[\(form), optional]"
    }
  }
}
