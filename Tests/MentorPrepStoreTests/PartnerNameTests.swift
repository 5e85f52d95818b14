import Foundation
import GRDB
import MentorPrepBuiltInBanks
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// A partner's name is stored in one form (SPEC §2): the same letters in another Unicode form,
/// with other spacing or case, meet the same relationship, and a later spelling renames nothing.
@Suite struct PartnerNameTests {
  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)

  static func save(_ store: SessionStore, partner: String) throws {
    let session = try store.createSession(
      at: now, progress: DialogueProgress(position: .entering(state: "setup.who")))
    let answers: [String: Answer] = [
      SessionRecord.Key.role: .choice(Role.mentee.rawValue),
      SessionRecord.Key.me: .text("Ana Lopez"),
      SessionRecord.Key.partner: .text(partner),
    ]
    try store.save(
      session: session,
      SessionSnapshot(
        session: session, answers: answers, changes: answers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
        progress: DialogueProgress(position: .entering(state: "before.purpose")), phase: .before,
        bank: BuiltInBanks.bank, at: now))
  }

  static let decomposed = "Jose\u{301} Rivera"
  static let composed = "Jos\u{E9} Rivera"

  @Test(arguments: StoreKind.allCases)
  func theSameLettersTypedAnotherWayAreOneRelationshipUnderTheFirstName(kind: StoreKind) throws {
    try withStore(kind) { store in
      try Self.save(store, partner: "  " + Self.decomposed + " ")
      for spelling in ["Jos\u{E9}  Rivera", "JOS\u{C9} RIVERA", "jose\u{301}\tRivera"] {
        try Self.save(store, partner: spelling)
      }
      let partners = try store.knownPartners()
      #expect(partners.count == 1)
      // Stored in NFC with one space, and never renamed by the later spellings.
      #expect(partners.first?.partner.unicodeScalars.elementsEqual(Self.composed.unicodeScalars) == true)
      #expect(try store.partnerNames().count == 1)
    }
  }

  @Test func theMigrationBringsOlderKeysToTheStoredForm() throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    do {
      let old = try DatabaseQueue(path: home + "/" + HomeFolder.databaseName)
      try StoreSchema.migrator.migrate(old, upTo: "v6-search-stems")
      try old.write { db in
        for (id, name) in [(1, Self.decomposed), (2, "Sam  Okafor"), (3, "sam okafor")] {
          try db.execute(
            sql: "INSERT INTO relationship (id, role, partner, partner_key) VALUES (?, 'mentee', ?, ?)",
            arguments: [id, name, name.lowercased()])
        }
      }
    }
    let store = try SessionStore(home: home)
    let rows = try store.database.read { db in
      try Row.fetchAll(db, sql: "SELECT partner, partner_key FROM relationship ORDER BY id").map {
        [$0["partner"] as String, $0["partner_key"] as String].map { Array($0.unicodeScalars) }
      }
    }
    #expect(rows[0] == [Array(Self.composed.unicodeScalars), Array("jos\u{E9} rivera".unicodeScalars)])
    // "Sam  Okafor" would take the key "sam okafor" already has: the two are not merged.
    #expect(rows[1] == [Array("Sam  Okafor".unicodeScalars), Array("sam  okafor".unicodeScalars)])
    #expect(rows[2] == [Array("sam okafor".unicodeScalars), Array("sam okafor".unicodeScalars)])
    try Self.save(store, partner: "Jos\u{E9} Rivera")
    #expect(try store.knownPartners().filter { PersonName($0.partner).matches("rivera") }.count == 1)
  }
}
