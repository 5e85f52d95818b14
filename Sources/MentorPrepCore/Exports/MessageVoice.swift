/// What every message needs to know about who writes to whom.
struct MessageVoice: Sendable {
  var role: Role
  /// The partner's name as greeted (`Sam`), or nil when the record has no name.
  var greetingName: String?
  /// The partner's full name, cleaned.
  var partner: String?
  /// The writer's full name, cleaned.
  var me: String?

  init(_ record: SessionRecord) {
    role = record.role ?? .mentee
    partner = record.partner.map(ExportText.line).flatMap { $0.isEmpty ? nil : $0 }
    me = record.me.map(ExportText.line).flatMap { $0.isEmpty ? nil : $0 }
    greetingName = partner.map(ExportText.firstName)
  }

  /// `Hi Sam,` (or `Hi,` without a name).
  var greeting: String { greetingName.map { "Hi \($0)," } ?? "Hi," }

  /// The closing and the writer's name.
  var signOff: String { ["Best wishes,", me].compactMap { $0 }.joined(separator: "\n") }
}
