extension QuestionBank {
  /// The states in the order a conversation meets them: each after every state that leads to
  /// it (a topological order of the transitions, ties broken by bank order), so the charter
  /// comes before today's focus although another file lists it. States on a cycle, if a bank
  /// has one, follow in bank order.
  public var statesInConversationOrder: [BankState] {
    var incoming = [Int](repeating: 0, count: states.count)
    var targets: [[Int]] = []
    let index = Dictionary(states.enumerated().map { ($1.id, $0) }) { first, _ in first }
    for state in states {
      let next = Set(
        state.next.compactMap { transition -> Int? in
          guard case .state(let id) = transition.target else { return nil }
          return index[id]
        })
      targets.append(next.sorted())
      for target in next { incoming[target] += 1 }
    }
    var order: [Int] = []
    var done = [Bool](repeating: false, count: states.count)
    while let ready = incoming.indices.first(where: { !done[$0] && incoming[$0] == 0 }) {
      done[ready] = true
      order.append(ready)
      for target in targets[ready] { incoming[target] -= 1 }
    }
    order += done.indices.filter { !done[$0] }
    return order.map { states[$0] }
  }
}
