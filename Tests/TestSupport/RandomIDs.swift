/// The random ids a store gives relationships and actions (SPEC §7) differ from one home to
/// the next: two records are compared with each id named by the order it first appears in,
/// so the same id used twice must still be the same.
public enum RandomIDs {
  public static func masked(_ text: String) -> String {
    var names: [Substring: Int] = [:]
    return text.replacing(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) { match in
      let id = match.output
      if names[id] == nil { names[id] = names.count + 1 }
      return "<id \(names[id]!)>"
    }
  }
}
