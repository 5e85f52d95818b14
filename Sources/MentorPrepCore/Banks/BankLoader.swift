/// Reads question-bank files into a `QuestionBank`, or reports every problem they have.
///
/// The dialogue and `banks lint` share this one loader, so what lint accepts is exactly what runs.
public enum BankLoader {
  /// Larger files are refused before parsing: a bank is a few kilobytes of questions.
  public static let maximumFileSize = 16 << 20

  /// Builds a bank from its files, or throws `BankProblems` listing all that is wrong.
  public static func load(_ files: [BankFile]) throws(BankProblems) -> QuestionBank {
    var reader = Reader()
    let ordered = files.sorted(by: loadsBefore)
    let contents = ordered.compactMap { reader.read($0) }
    let bank = reader.assemble(contents)
    guard reader.problems.isEmpty, let bank else {
      throw BankProblems(reader.problems)
    }
    return bank
  }

  /// The word nearest to a misspelt one when it is a likely slip, as the loader suggests it
  /// (the command line uses it for a mistyped command).
  public static func closest(to word: String, among candidates: [String]) -> String? {
    Reader.closest(to: word, among: candidates)
  }

  /// Files named after a phase come first, in phase order; the rest follow by name.
  static func loadsBefore(_ a: BankFile, _ b: BankFile) -> Bool {
    func rank(_ file: BankFile) -> (Int, String) {
      let phaseRank = Phase.allCases.firstIndex { $0.rawValue == file.stem }
      return (phaseRank ?? Phase.allCases.count, file.name)
    }
    return rank(a) < rank(b)
  }
}
