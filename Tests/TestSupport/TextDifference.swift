/// Where two texts of many lines part, for a readable failure.
public enum TextDifference {
  /// The first line where `actual` and `expected` differ, both shown.
  public static func first(_ actual: String, _ expected: String) -> String {
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, e.count) {
      let left = index < a.count ? String(a[index]) : "<end>"
      let right = index < e.count ? String(e[index]) : "<end>"
      if left != right { return "line \(index + 1):\n  got:      \(left)\n  expected: \(right)" }
    }
    return "(no difference in lines)"
  }
}
