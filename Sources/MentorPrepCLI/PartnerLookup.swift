import MentorPrepCore
import MentorPrepStore

extension Workspace {
  /// The relationships `--with NAME` names: the partners whose whole name, or any word of it,
  /// matches (titles, case and accents aside). No match is exit 66; several people is 64.
  func partners(named name: String) throws(MentorPrepError) -> [KnownPartner] {
    let known: [KnownPartner]
    do {
      known = try store.knownPartners()
    } catch {
      throw .store(error)
    }
    let people = PersonName.matching(name, among: known.map(\.partner))
    guard !people.isEmpty else { throw .noSuchPartner(name) }
    guard people.count == 1 else { throw .ambiguousPartner(name, people) }
    // One person, perhaps in two relationships (met as mentor and as mentee).
    return known.filter { PersonName($0.partner).matches(name) }
  }
}
