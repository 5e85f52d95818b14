import Foundation
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
    let wanted = PartnerLookup.words(name)
    let matches = known.filter { partner in
      let words = PartnerLookup.words(partner.partner)
      return !wanted.isEmpty && (words == wanted || wanted.allSatisfy(words.contains))
    }
    let names = Array(Set(matches.map { PartnerLookup.words($0.partner) })).count
    guard !matches.isEmpty else { throw .noSuchPartner(name) }
    guard names == 1 else { throw .ambiguousPartner(name, matches.map(\.partner)) }
    return matches
  }
}

/// Names compared as `--with` compares them.
enum PartnerLookup {
  static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame"]

  /// The words of a name, case and accents folded, titles left out.
  static func words(_ name: String) -> [String] {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map(String.init)
      .filter { !titles.contains($0) }
  }
}
