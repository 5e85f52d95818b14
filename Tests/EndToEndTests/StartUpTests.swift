import Foundation
import Testing

/// What happens before the first question (issue: start-up within 4× `sqlite3 -version`), held
/// by counts rather than timings: nothing is synced to disk and nothing is created in a new
/// home until the first answer, and a whole conversation syncs a handful of times at most.
@Suite struct StartUpTests {
  /// A library that counts the process's fsync and fdatasync calls, built from
  /// StartUp/count-syncs.c with the system's C compiler.
  static let syncCounter: String? = {
    let source = Binary.packageRoot.appendingPathComponent("Tests/EndToEndTests/StartUp/count-syncs.c").path
    let library = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentorprep-count-syncs-\(UUID().uuidString).so").path
    for compiler in ["/usr/bin/cc", "/usr/bin/clang", "/usr/bin/gcc"]
    where FileManager.default.isExecutableFile(atPath: compiler) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: compiler)
      process.arguments = ["-shared", "-fPIC", "-O2", "-o", library, source, "-ldl"]
      guard (try? process.run()) != nil else { continue }
      process.waitUntilExit()
      if process.terminationStatus == 0 { return library }
    }
    return nil
  }()

  /// Runs the binary with the counter loaded; the result and the number of syncs it made.
  static func countingSyncs(_ arguments: [String], lines: [String], home: String) throws -> (Binary.Result, Int) {
    let library = try #require(syncCounter, "no C compiler to build the sync counter with")
    let countFile = FileManager.default.temporaryDirectory.appendingPathComponent("syncs-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: countFile) }
    let input = lines.isEmpty ? Data() : Data((lines.joined(separator: "\n") + "\n").utf8)
    let result = try Binary.run(
      arguments, input: input, home: home, environment: ["LD_PRELOAD": library, "MENTORPREP_SYNC_COUNT": countFile])
    let count = try #require(
      Int(String(contentsOfFile: countFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
    return (result, count)
  }

  @Test func aNewHomeIsNeitherWrittenNorSyncedBeforeTheFirstAnswer() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let (run, syncs) = try Self.countingSyncs(["--role", "mentee"], lines: [], home: home)
    #expect(run.status == 3)
    #expect(run.stdout.contains("What is your name?"))
    #expect(syncs == 0)
    #expect(!FileManager.default.fileExists(atPath: home + "/mentorprep.sqlite"))
  }

  @Test func anExistingHomeIsNotSyncedBeforeTheFirstAnswer() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    _ = try Binary.run(["--role", "mentee"], lines: ["Ana Lopez", "/quit"], home: home)
    let (run, syncs) = try Self.countingSyncs(["--role", "mentee"], lines: [], home: home)
    #expect(run.status == 3)
    #expect(syncs == 0)
    #expect(try Binary.run(["list", "--json"], home: home).stdout.contains("\"session\" : 2") == false)
  }

  /// The counter counts: the first answer creates the database, and the syncs of a whole
  /// conversation are those of SQLite's checkpoints (the log copied into the database), not
  /// one per answer.
  @Test func aWholeConversationSyncsAtCheckpointsOnly() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let walkthrough = Binary.packageRoot.appendingPathComponent(
      "Tests/EndToEndTests/Walkthroughs/mentee-first-session/1.input")
    let lines = try String(contentsOf: walkthrough, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .dropLast().map(String.init)
    let (run, syncs) = try Self.countingSyncs(["--role", "mentee"], lines: lines, home: home)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(lines.count > 30)
    #expect((1...4).contains(syncs), "\(syncs) syncs for \(lines.count) answers")
  }
}
