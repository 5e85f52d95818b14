/// What one file declares, with the places needed to report problems found later.
struct FileContent {
  var phase: Phase
  var entry: (id: String, place: BankLocation)?
  var states: [(state: BankState, place: BankLocation)]
}
