import Foundation
import Testing

@testable import MentorPrepCore

/// One identity rule for a partner's name at every entry point (SPEC §2): `--with` (the
/// matching `Workspace.partner(named:)` does), `@owner` in an action, and the partner's name
/// typed in the dialogue. Any Unicode form, spacing, case, accent or title variant of a known
/// partner reaches that partner; a word two partners share is asked about, never guessed.
@Suite struct PartnerIdentityTests {
  /// Partners as stored (NFC, one space): two share "Sam", two share "Lee", two share "María".
  static let partners = [
    "Sam Rivera", "Sam Lee", "Dr. Tomás Okafor", "Zoë Ångström", "José María García", "María Lee",
  ]
  static let titles = ["Dr.", "dr", "Ms.", "Prof.", "PROF", "Mr", "Doctor"]

  /// A way the person may type `name`, and whether it names them alone (one word shared with
  /// another partner does not).
  static func variant(of name: String, among names: [String], using random: inout SeededRandom) -> (
    typed: String, wholeName: Bool
  ) {
    let words = name.split(separator: " ").map(String.init).filter {
      !PersonName.titles.contains(PersonName.fold($0).replacingOccurrences(of: ".", with: ""))
    }
    var parts: [String]
    let wholeName = Bool.random(using: &random)
    if wholeName {
      parts = words
      if Bool.random(using: &random) { parts.insert(titles.randomElement(using: &random)!, at: 0) }
    } else {
      parts = [words.randomElement(using: &random)!]
    }
    parts = parts.map { word in
      var word = word
      if Bool.random(using: &random) { word = word.folding(options: .diacriticInsensitive, locale: nil) }
      word = String(
        word.map { character in
          switch Int.random(in: 0..<3, using: &random) {
          case 0: Character(character.uppercased())
          case 1: Character(character.lowercased())
          default: character
          }
        })
      return word
    }
    let gaps = [" ", "  ", "\t", " \t "]
    var typed = parts.enumerated().map { index, word in (index == 0 ? "" : gaps.randomElement(using: &random)!) + word }
      .joined()
    if Bool.random(using: &random) { typed = "  " + typed + " " }
    typed =
      Bool.random(using: &random)
      ? typed.decomposedStringWithCanonicalMapping : typed.precomposedStringWithCanonicalMapping
    return (typed, wholeName)
  }

  /// Whom the variant must reach: the partner, or (a word shared) every partner with that word.
  static func expected(_ typed: String, target: String, wholeName: Bool) -> [String] {
    guard !wholeName else { return [target] }
    let word = PersonName.folded(typed)
    return partners.filter { PersonName.folded($0).contains(word[0]) }
  }

  static let seeds: [UInt64] = [1, 2, 3, 19, 2026, 0xC0FFEE, 77_777, 123_456_789]

  // MARK: - --with

  @Test(arguments: seeds)
  func withReachesTheSamePartner(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<200 {
      let target = Self.partners.randomElement(using: &random)!
      let (typed, whole) = Self.variant(of: target, among: Self.partners, using: &random)
      let expected = Self.expected(typed, target: target, wholeName: whole)
      // `--with` takes a whole name first, else a word, as the prompt and `@owner` do.
      let found = PersonName.identify(typed, among: Self.partners)
      #expect(Set(found) == Set(expected), "seed \(seed): '\(typed)' for \(target)")
      if whole { #expect(PersonName.matching(typed, among: Self.partners).contains(target)) }
    }
  }

  // MARK: - @owner

  @Test(arguments: seeds)
  func anOwnerReachesTheSamePerson(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<200 {
      // Two people in the meeting; half the time they share a word.
      let me = Self.partners.randomElement(using: &random)!
      let partner = Self.partners.filter { $0 != me }.randomElement(using: &random)!
      let target = Bool.random(using: &random) ? me : partner
      let (typed, whole) = Self.variant(of: target, among: [me, partner], using: &random)
      let parser = ActionParser(
        now: LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0), role: .mentee, me: me,
        partner: partner)
      let result = parser.parse("Book a room @" + typed.trimmingWhitespace + " by friday")
      let word = PersonName.folded(typed)
      let shared = !whole && PersonName.folded(me).contains(word[0]) && PersonName.folded(partner).contains(word[0])
      switch result {
      case .success(let item):
        #expect(!shared, "seed \(seed): '@\(typed)' was guessed between \(me) and \(partner)")
        #expect(item.owner == .role(target == me ? .mentee : .mentor), "seed \(seed): '@\(typed)' for \(target)")
        #expect(item.text == "Book a room")
        #expect(item.due == LocalDateTime(year: 2026, month: 11, day: 27))
      case .failure(let rejection):
        // Both whole names can be the same words only if the two names are; they are not here.
        #expect(shared, "seed \(seed): '@\(typed)' for \(target) refused: \(rejection.reason)")
        #expect(rejection.reason.contains("could be either of you (\(me) or \(partner))"))
      }
    }
  }

  // MARK: - The partner's name in the dialogue

  /// A dialogue at the partner's name, with the partners above met before (the last one first).
  static func atThePartnersName() throws -> Dialogue {
    var context = DialogueContext(now: SmallBank.now, sessionNumber: 9)
    context.knownPartners = KnownPartners(partners.map { .init(name: $0, role: .mentee) })
    var dialogue = Dialogue(bank: try SmallBank.bank(), context: context)
    _ = dialogue.handle(.start)
    dialogue.type(["mentee", "Ana Lopez"])
    try #require(dialogue.askedKey == SessionRecord.Key.partner)
    return dialogue
  }

  @Test(arguments: seeds)
  func theNamePromptReachesTheSameRelationship(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    for _ in 0..<100 {
      let target = Self.partners.randomElement(using: &random)!
      let (typed, whole) = Self.variant(of: target, among: Self.partners, using: &random)
      let expected = Self.expected(typed, target: target, wholeName: whole)
      var dialogue = try Self.atThePartnersName()
      var effects = dialogue.type(typed)
      if expected.count > 1 {
        // Several people: listed as numbered choices, nothing stored until one is picked.
        #expect(effects.records.isEmpty, "seed \(seed): '\(typed)' was guessed")
        let listed = effects.lines.filter { $0.hasPrefix("  ") }
        #expect(listed.count == expected.count + 1, "seed \(seed): \(effects.lines)")
        let index = try #require(listed.firstIndex { $0.hasSuffix(". " + target) }, "seed \(seed): \(listed)")
        effects = dialogue.type("\(index + 1)")
      } else if effects.records.isEmpty {
        // One person by a word of the name: asked to confirm.
        #expect(effects.lines.first == "\(target), as before? [Y/n]", "seed \(seed): '\(typed)': \(effects.lines)")
        #expect(!whole)
        effects = dialogue.type(Bool.random(using: &random) ? "y" : "")
      }
      #expect(effects.records[SessionRecord.Key.partner] == .text(target), "seed \(seed): '\(typed)' for \(target)")
      #expect(effects.last == .lookUpRelationship(partner: target, role: .mentee))
    }
  }

  @Test func aNewPersonSharingAWordIsNotTakenForTheKnownOne() throws {
    var dialogue = try Self.atThePartnersName()
    #expect(dialogue.type("okafor").lines.first == "Dr. Tomás Okafor, as before? [Y/n]")
    let effects = dialogue.type("n")
    #expect(effects.records[SessionRecord.Key.partner] == .text("okafor"))
  }

  @Test func aWordOfSeveralListsThemAndSomeoneNew() throws {
    var dialogue = try Self.atThePartnersName()
    let effects = dialogue.type("  SAM ")
    #expect(
      effects == [
        .say("SAM could be any of these; which one do you mean? [1-3]", .question),
        .say("  1. Sam Rivera", .option),
        .say("  2. Sam Lee", .option),
        .say("  3. Someone new called SAM", .option),
        .ask(.answer),
      ])
    #expect(dialogue.type("4").errors == ["Choose a number from 1 to 3, or type the whole name."])
    #expect(dialogue.type("3").records[SessionRecord.Key.partner] == .text("SAM"))
  }

  @Test func aWholeNameTypedAtTheChoiceIsTaken() throws {
    var dialogue = try Self.atThePartnersName()
    _ = dialogue.type("sam")
    #expect(dialogue.type("sam lee").records[SessionRecord.Key.partner] == .text("Sam Lee"))
  }

  @Test func enterTakesThePartnerMetLastInThisRole() throws {
    var context = DialogueContext(now: SmallBank.now, sessionNumber: 9)
    context.knownPartners = KnownPartners([
      .init(name: "Jo Park", role: .mentor), .init(name: "Sam Rivera", role: .mentee),
      .init(name: "Sam Lee", role: .mentee),
    ])
    var dialogue = Dialogue(bank: try SmallBank.bank(), context: context)
    _ = dialogue.handle(.start)
    let asked = dialogue.type(["mentee", "Ana Lopez"])
    #expect(asked.lines.contains { $0.hasSuffix("[Enter for Sam Rivera]") }, "\(asked.lines)")
    // No extra answer: Enter takes the default at once.
    #expect(dialogue.type("").records[SessionRecord.Key.partner] == .text("Sam Rivera"))
  }

  /// The built-in setup asks for the partner before the side you are on: with someone met
  /// before on one side only, that side is taken and said; with someone met on both, it is asked.
  @Test func theSideYouWereOnWithAKnownPartnerIsTakenAndSaid() throws {
    var context = DialogueContext(now: SmallBank.now, sessionNumber: 9)
    context.knownPartners = KnownPartners([
      .init(name: "Sam Rivera", role: .mentor), .init(name: "Jo Park", role: .mentee),
      .init(name: "Jo Park", role: .mentor),
    ])
    let bank = try BankLoader.load(promptFiles())
    var known = Dialogue(bank: bank, context: context)
    _ = known.handle(.start)
    let said = known.type(["Ana Lopez", "Sam Rivera"])
    #expect(known.answers[SessionRecord.Key.role] == .choice("mentor"))
    #expect(said.lines.contains("As before, you mentor Sam Rivera; /edit setup.role if that has changed."))
    #expect(said.contains(.lookUpRelationship(partner: "Sam Rivera", role: .mentor)))

    var bothSides = Dialogue(bank: bank, context: context)
    _ = bothSides.handle(.start)
    _ = bothSides.type(["Ana Lopez", "Jo Park"])
    #expect(bothSides.askedKey == SessionRecord.Key.role)
    var someoneNew = Dialogue(bank: bank, context: context)
    _ = someoneNew.handle(.start)
    _ = someoneNew.type(["Ana Lopez", "Kim Ode"])
    #expect(someoneNew.askedKey == SessionRecord.Key.role)
  }

  @Test func theChoiceIsKeptInTheSavedProgressSoResumeAsksItAgain() throws {
    var dialogue = try Self.atThePartnersName()
    _ = dialogue.type("rivera")
    let saved = try JSONDecoder().decode(DialogueProgress.self, from: JSONEncoder().encode(dialogue.progress))
    var resumed = try Dialogue(
      bank: dialogue.bank, context: dialogue.context, answers: dialogue.answers, progress: saved)
    let start = resumed.handle(.start)
    #expect(start.lines.contains("Sam Rivera, as before? [Y/n]"), "\(start.lines)")
    #expect(resumed.type("y").records[SessionRecord.Key.partner] == .text("Sam Rivera"))
  }

  @Test func tabCompletesKnownNames() throws {
    let dialogue = try Self.atThePartnersName()
    // A word of a name completes that word; the start of a name completes the name.
    #expect(dialogue.completions(for: "to") == ["tomás"])
    #expect(Set(dialogue.completions(for: "Sa")) == ["Sam Rivera", "Sam Lee"])
    #expect(dialogue.completions(for: "Sam R") == ["Rivera"])
    #expect(dialogue.completions(for: "zoe") == ["zoe Ångström"])
    #expect(dialogue.completions(for: "xy").isEmpty)
  }

  // MARK: - The variants the binary is run with

  /// EndToEndTests' `PartnerVariantTests` run the binary with a few of these; every one is
  /// checked here, at `--with` and at the prompt, among more partners than that home has.
  static let okafor = "Dr. Tomás Okafor"
  static let okaforVariants: [String] = [
    "Dr. Tomás Okafor",
    "Dr. Toma\u{301}s Okafor",  // NFD
    "  dr   TOMÁS\tokafor ",
    "tomas okafor",
    "Prof. Tomas Okafor",
    "DR TOMA\u{301}S OKAFOR",
  ]
  /// One word of the name: the same person, confirmed at the prompt.
  static let okaforWords = ["okafor", "Toma\u{301}s", "TOMAS"]

  @Test(arguments: okaforVariants + okaforWords)
  func withReachesTheStoredNameFromEachVariant(typed: String) {
    #expect(PersonName.identify(typed, among: Self.partners) == [Self.okafor])
  }

  @Test(arguments: okaforVariants)
  func aWholeNameAtThePromptIsThePartnerWithNothingToConfirm(typed: String) throws {
    var dialogue = try Self.atThePartnersName()
    let effects = dialogue.type(typed)
    #expect(!effects.lines.contains { $0.contains("as before?") }, "\(effects.lines)")
    #expect(effects.records[SessionRecord.Key.partner] == .text(Self.okafor))
    #expect(effects.last == .lookUpRelationship(partner: Self.okafor, role: .mentee))
  }

  @Test(arguments: okaforWords)
  func aWordAtThePromptIsConfirmed(typed: String) throws {
    var dialogue = try Self.atThePartnersName()
    let asked = dialogue.type(typed)
    #expect(asked.records.isEmpty)
    #expect(asked.lines.first == "Dr. Tomás Okafor, as before? [Y/n]", "\(asked.lines)")
    let effects = dialogue.type("")
    #expect(effects.records[SessionRecord.Key.partner] == .text(Self.okafor))
    #expect(effects.last == .lookUpRelationship(partner: Self.okafor, role: .mentee))
  }

  /// A whole name is that person at every entry point, even when it is a word of another's.
  @Test func aWholeNameComesBeforeAWordOfAnother() throws {
    #expect(PersonName.identify("LEE", among: ["Sam Lee", "Lee"]) == ["Lee"])
    #expect(PersonName.identify("sam", among: ["Sam Lee", "Lee"]) == ["Sam Lee"])
    let parser = ActionParser(
      now: LocalDateTime(year: 2026, month: 11, day: 20), role: .mentor, me: "Lee", partner: "Sam Lee")
    #expect(try parser.parse("Call @lee").get().owner == .role(.mentor))
    #expect(try parser.parse("Call @Sam").get().owner == .role(.mentee))
    let twins = ActionParser(
      now: LocalDateTime(year: 2026, month: 11, day: 20), role: .mentor, me: "Sam Lee", partner: "Sam Lee")
    #expect(throws: AnswerRejection.self) { try twins.parse("Call @sam lee").get() }
  }
}
