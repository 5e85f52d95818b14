import MentorPrepCore
import MentorPrepStore

extension Workspace {
  /// The stored name of the one partner `--with NAME` names (SPEC §2): the whole name or any
  /// word of it, titles, case and accents aside. Several people is a usage error (64); nobody is
  /// exit 66, unless `mayBeNew` (`start` may meet someone new), when it is nil.
  func partner(named name: String, mayBeNew: Bool = false) throws(MentorPrepError) -> String? {
    let known = try fromStore { () throws(StoreError) in try stores.existing()?.partnerNames() ?? [] }
    let matches = PersonName.identify(name, among: known)
    switch matches.count {
    case 0:
      if mayBeNew { return nil }
      throw .noSuchPartner(name)
    case 1:
      return matches[0]
    default:
      throw .ambiguousPartner(name, matches)
    }
  }

  /// The partners met before, the last one first, for the partner's name in the dialogue; none
  /// in a home with no store yet (nothing is created to find that out).
  func knownPartners(excluding session: Int? = nil) throws(MentorPrepError) -> KnownPartners {
    let partners = try fromStore { () throws(StoreError) in
      try stores.existing()?.recentPartners(excluding: session) ?? []
    }
    return KnownPartners(partners.map { KnownPartners.Entry(name: $0.partner, role: $0.role) })
  }

  /// Your name from the sessions before, for a new one; nil in a home with no store yet.
  func ownName() throws(MentorPrepError) -> String? {
    try fromStore { () throws(StoreError) in try stores.existing()?.ownName() }
  }

  /// The relationships with the one partner `--with NAME` names, for `progress` and `search`:
  /// usually one, two when you have met the same person as mentor and as mentee (or under two
  /// spellings of the name). The same errors as `partner(named:)`.
  func relationships(named name: String) throws(MentorPrepError) -> [KnownPartner] {
    // The person found, under every spelling of their whole name (not `Sam Lee` for `Lee`).
    let found = try partner(named: name).map(PersonName.init)
    return try fromStore { () throws(StoreError) in
      try store.knownPartners().filter { found.map(PersonName($0.partner).isSameName) ?? false }
    }
  }
}
