/// Where in a bank file something stands (file, line, column), for messages.
struct BankLocation: Sendable, Equatable {
  var file: String
  var line: Int
  var column: Int
}
