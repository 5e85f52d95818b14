/// Text as the loader and the parsers compare it.
extension String {
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[start...end])
  }

  var replacingUnderscores: String {
    String(map { $0 == "_" ? " " : $0 })
  }
}
