/// How many actions were agreed and how far each got, with the kept-rate they give.
public struct ActionCounts: Sendable, Equatable, Codable {
  public var agreed = 0
  public var open = 0
  public var done = 0
  public var partly = 0
  public var notYet = 0
  public var dropped = 0

  public init() {}

  /// The counts of these actions' statuses.
  public init(_ statuses: some Sequence<ActionStatus>) {
    for status in statuses { add(status, count: 1) }
  }

  public mutating func add(_ status: ActionStatus, count: Int) {
    agreed += count
    switch status {
    case .open: open += count
    case .done: done += count
    case .partly: partly += count
    case .notYet: notYet += count
    case .dropped: dropped += count
    }
  }

  /// The actions reviewed (or marked) and not dropped: done, partly done or not yet done.
  public var reviewed: Int { done + partly + notYet }

  /// Done ÷ reviewed and not dropped; nil while nothing is reviewed.
  public var keptRate: Double? { reviewed == 0 ? nil : Double(done) / Double(reviewed) }

  /// The kept-rate as JSON gives it: rounded to three places (`0.667`), not a binary float's
  /// seventeen digits.
  public var keptRateRounded: Double? { keptRate.map { ($0 * 1000).rounded() / 1000 } }

  enum CodingKeys: String, CodingKey {
    case agreed, open, done, partly, dropped, reviewed
    case notYet = "not_yet"
    case keptRate = "kept_rate"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(agreed, forKey: .agreed)
    try container.encode(open, forKey: .open)
    try container.encode(done, forKey: .done)
    try container.encode(partly, forKey: .partly)
    try container.encode(notYet, forKey: .notYet)
    try container.encode(dropped, forKey: .dropped)
    try container.encode(reviewed, forKey: .reviewed)
    try container.encode(keptRateRounded, forKey: .keptRate)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    agreed = try container.decode(Int.self, forKey: .agreed)
    open = try container.decode(Int.self, forKey: .open)
    done = try container.decode(Int.self, forKey: .done)
    partly = try container.decode(Int.self, forKey: .partly)
    notYet = try container.decode(Int.self, forKey: .notYet)
    dropped = try container.decode(Int.self, forKey: .dropped)
  }
}
