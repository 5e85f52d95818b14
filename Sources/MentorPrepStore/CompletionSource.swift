import Foundation
import GRDB

/// What shell completion offers from a home's store: the partners' names and the sessions'
/// numbers.
///
/// Completion runs at every Tab, so it opens the database read-only, runs one small query, and
/// never creates, migrates or writes anything: a missing home or database, a database of some
/// other program or a damaged one completes nothing.
public struct CompletionSource: Sendable, Equatable {
  /// Every partner's name, as first stored, in alphabetical order.
  public var partners: [String]
  /// Every session's number, in order.
  public var sessions: [Int]

  public init(partners: [String] = [], sessions: [Int] = []) {
    self.partners = partners
    self.sessions = sessions
  }

  /// Reads the names and numbers of the store in `home`; empty when there is none to read.
  public static func read(home: String) -> CompletionSource {
    let path = HomeFolder.join(home, HomeFolder.databaseName)
    guard FileManager.default.isReadableFile(atPath: path) else { return CompletionSource() }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(1)
    do {
      let database = try DatabaseQueue(path: path, configuration: configuration)
      return try database.read { db in
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT 'partner' AS kind, partner AS value FROM relationship
            UNION ALL SELECT 'session', number FROM session
            """)
        var source = CompletionSource()
        for row in rows {
          if row["kind"] == "partner" {
            source.partners.append(row["value"])
          } else {
            source.sessions.append(row["value"])
          }
        }
        source.partners = Array(Set(source.partners)).sorted()
        source.sessions.sort()
        return source
      }
    } catch {
      return CompletionSource()
    }
  }
}
