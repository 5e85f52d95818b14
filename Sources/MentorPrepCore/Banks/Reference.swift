/// An id used somewhere, checked once every file is read.
struct Reference {
  enum Kind {
    case state
    case question
    /// A question whose answer another key uses, which must be of one of these kinds.
    case questionOfKind([Question.Kind], key: String)
    case conditionKey(values: [String])
  }
  var kind: Kind
  var id: String
  var place: BankLocation
}
