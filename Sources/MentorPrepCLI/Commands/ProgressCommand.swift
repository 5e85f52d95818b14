import ArgumentParser
import Foundation
import MentorPrepCore
import MentorPrepStore

/// `mentorprep progress`: the relationship with each partner over time.
struct ProgressCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Show each relationship over time: sessions, kept actions, milestones, ratings.")

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .customLong("with"),
    help: ArgumentHelp("The relationship with this partner, in full.", valueName: "name"),
    completion: StoreCompletion.partners)
  var partner: String?

  @Flag(help: "Charts in plain ASCII (also TERM=dumb, or ACCESSIBLE=1).")
  var plain = false

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global)
    let environment = global.environment
    let report = ProgressReport(
      chart: TextChart(
        width: TextChart.width(environment: environment),
        unicode: !plain && !global.accessible))
    guard let partner else {
      let partners = try fromStore { () throws(StoreError) in
        try workspace.store.partnerSummaries()
      }
      if json {
        Output.json(partners)
      } else if partners.isEmpty {
        Output.line("No sessions with a partner yet; run `mentorprep start` to begin one.")
      } else {
        write(report.overview(partners))
      }
      return 0
    }
    var figures: [RelationshipProgress] = []
    for known in try workspace.relationships(named: partner) {
      let history = try fromStore { () throws(StoreError) in try workspace.store.history(of: known) }
      figures.append(RelationshipProgress(history))
    }
    if json {
      // An array, as without --with: the same person as mentor and as mentee is two.
      Output.json(figures)
      return 0
    }
    write(figures.map(report.relationship).joined(separator: [""]).map { $0 })
    return 0
  }

  private func write(_ lines: [String]) {
    Output.document(TerminalText.joined(lines.map(TerminalText.init(escaping:)) + [""]))
  }
}
