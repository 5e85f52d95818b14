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

  public init(
    id: String, kind: Kind, text: RoleText, audience: Audience = .both, optional: Bool = false,
    hint: String? = nil, help: String? = nil, options: [Option] = [], condition: Condition? = nil
  ) {
    self.id = id
    self.kind = kind
    self.text = text
    self.audience = audience
    self.optional = optional
    self.hint = hint
    self.help = help
    self.options = options
    self.condition = condition
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
    case .status: ActionStatus.reviewOptions
    case .text, .email, .yesNo, .choice, .dateTime, .list, .actions: options
    }
  }

  /// The bracketed hint that ends the question line (SPEC §3), or nil for required free text.
  public var answerHint: String? {
    let form: String? =
      switch kind {
      case .text: nil
      case .email: "email"
      case .yesNo: "y/n"
      case .choice, .status: "1-\(choices.count)"
      case .dateTime: "date/time"
      case .list, .actions: "list"
      }
    switch (form, optional) {
    case (nil, false): return nil
    case (nil, true): return "[optional]"
    case (let form?, false): return "[\(form)]"
    case (let form?, true): return "[\(form), optional]"
    }
  }
}

/// A question's wording: one text for both roles, or one for each.
public struct RoleText: Sendable, Equatable, Codable {
  public var mentee: String
  public var mentor: String

  public init(both: String) {
    mentee = both
    mentor = both
  }

  public init(mentee: String, mentor: String) {
    self.mentee = mentee
    self.mentor = mentor
  }

  public func text(for role: Role) -> String {
    switch role {
    case .mentee: mentee
    case .mentor: mentor
    }
  }
}
