import Foundation
import MentorPrepCore
import MentorPrepStore

/// Renders a stored session in an export format for stdout or a file.
struct SessionExporter {
  let stores: HomeStore
  let bank: QuestionBank
  let clock: WallClock

  /// The record of a stored session, as exports and `show` read it.
  func record(session: Int) throws(MentorPrepError) -> SessionRecord {
    let stored = try fromStore { () throws(StoreError) in try stores.opened().loadSession(session) }
    return stored.record(bank: bank)
  }

  func render(session: Int, format: ExportFormat, includingPrivate: Bool = false) throws(MentorPrepError) -> String {
    let record = try record(session: session)
    // The emails to the partner carry the exchange record, made of the relationship's actions.
    let exchange =
      try [.eml, .agendaEml].contains(format)
      ? fromStore { () throws(StoreError) in try stores.opened().exchangeRelationship(session: session) } : nil
    do {
      return try Exporter.render(
        record, bank: bank, as: format, now: clock.instant, timeZone: clock.timeZone,
        includingPrivate: includingPrivate,
        exchange: exchange)
    } catch {
      throw .export(error)
    }
  }

  /// Renders a record made without the store (a running conversation's) in a format that needs
  /// nothing else of it: no exchange record, no ids.
  func render(_ record: SessionRecord, format: ExportFormat) throws(MentorPrepError) -> String {
    do {
      return try Exporter.render(record, bank: bank, as: format, now: clock.instant, timeZone: clock.timeZone)
    } catch {
      throw .export(error)
    }
  }

  /// Renders and writes to `file` (`OutputFile`'s rules); the text to print instead when there
  /// is no file or it is `-`, nil when it was written.
  func export(
    session: Int, format: ExportFormat, to file: String?, force: Bool, includingPrivate: Bool = false
  ) throws(MentorPrepError) -> String? {
    let text = try render(session: session, format: format, includingPrivate: includingPrivate)
    guard let file, file != "-" else { return text }
    try OutputFile.write(text, to: file, force: force)
    return nil
  }
}
