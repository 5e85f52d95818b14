import MentorPrepCore

@testable import generate_built_in_banks

/// prompts/*.yaml read from the repository, as `make banks` reads them.
let promptFiles: [BankFile] = {
  do {
    return try BankFolder.prompts.files()
  } catch {
    fatalError("prompts/ cannot be read: \(error)")
  }
}()
