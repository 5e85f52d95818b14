import MentorPrepCore
import MentorPrepStore

extension Workspace {
  /// Why session `number` has no introduction to export (SPEC §5): a later session is told which
  /// session of the relationship is its first, where the introduction was written.
  func missingIntroduction(in number: Int) throws(MentorPrepError) -> MentorPrepError {
    let sessions = try fromStore { () throws(StoreError) in try store.sessions(damaged: { _ in }) }
    guard let session = sessions.first(where: { $0.number == number }),
      let first = sessions.first(where: {
        $0.partner != nil && $0.partner == session.partner && $0.role == session.role
      }),
      first.number != number
    else { return .noIntroduction(session: number, export: nil) }
    return .noIntroduction(
      session: number, export: "mentorprep export \(first.number) --format intro" + GlobalOptions.homeOption(for: home))
  }
}
