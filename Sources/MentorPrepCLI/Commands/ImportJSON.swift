import MentorPrepCore
import MentorPrepStore

/// One change of `import --json`: what changed, from whom and when, and the action or shared
/// answer as it was and is (`agreed_by` names who agreed an action the record brought).
struct ImportJSON: Encodable {
  struct Action: Encodable {
    var ref: String
    var id: String?
    var text: String
    var owner: String
    var ownerName: String
    var due: String?
    var status: String
    var success: String?
    var agreedBy: String?
  }

  var change: String
  var from: String
  var at: String
  var dryRun: Bool
  var before: Action?
  var after: Action?
  var question: String?
  var answer: String?
  var line: String

  init(_ imported: ImportedChange, dryRun: Bool, bank: QuestionBank) {
    let change = imported.change
    self.from = change.from
    self.at = ExchangeRecord.utc(change.at)
    self.dryRun = dryRun
    self.line = change.line(names: imported.names, day: WallClock.local(change.at), bank: bank)
    func action(_ tracked: TrackedAction) -> Action {
      Action(
        ref: tracked.ref, id: tracked.id, text: tracked.item.text, owner: tracked.item.owner.description,
        ownerName: imported.names.pair.name(of: tracked.item.owner),
        due: tracked.item.due?.iso8601, status: tracked.status.rawValue, success: tracked.item.success,
        agreedBy: tracked.agreedBy)
    }
    switch change.what {
    case .linked(let new):
      self.change = new ? "new_relationship" : "linked"
    case .added(let tracked):
      self.change = "added"
      after = action(tracked)
    case .changed(let old, let new):
      self.change = "changed"
      before = action(old)
      after = action(new)
    case .shared(let key, let answer):
      self.change = "shared"
      question = key
      self.answer = answer.summary
    }
  }
}
