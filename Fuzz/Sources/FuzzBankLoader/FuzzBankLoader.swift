import MentorPrepCore

/// One input: the bytes are one or two question-bank files (split at the first
/// line that is exactly `---8<---`), loaded as `banks lint` and `--bank` load them.
///
/// Beyond not crashing: a bank is either loaded or refused with at least one problem, each
/// at a real place (line and column from 1), and a loaded bank finds its own states and
/// questions and has a setup entry.
func fuzzBankLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let separator = Array("\n---8<---\n".utf8)
  var files = [BankFile(name: "fuzz/setup.yaml", bytes: bytes)]
  if let cut = firstRange(of: separator, in: bytes) {
    files = [
      BankFile(name: "fuzz/setup.yaml", bytes: Array(bytes[..<cut.lowerBound])),
      BankFile(name: "fuzz/during.yaml", bytes: Array(bytes[cut.upperBound...])),
    ]
  }
  do {
    let bank = try BankLoader.load(files)
    precondition(bank.entries[.setup] != nil, "a loaded bank has a setup entry")
    for state in bank.states {
      precondition(bank.state(state.id) != nil, "the bank finds state \(state.id)")
      for question in state.questions {
        precondition(bank.question(question.id) != nil, "the bank finds question \(question.id)")
      }
    }
  } catch let problems as BankProblems {
    precondition(!problems.problems.isEmpty, "a refused bank says why")
    for problem in problems.problems {
      precondition(problem.line >= 1 && problem.column >= 1, "\(problem)")
      precondition(!problem.message.isEmpty)
    }
  } catch {
    preconditionFailure("the loader threw something other than BankProblems: \(error)")
  }
  return 0
}

func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
  guard needle.count <= haystack.count else { return nil }
  for start in 0...(haystack.count - needle.count)
  where haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle {
    return start..<start + needle.count
  }
  return nil
}
