import MentorPrepCore
import Testing

@testable import generate_built_in_banks

/// prompts/*.yaml read from the repository, as `make banks` reads them; a folder that cannot be
/// read fails the test that asked.
func promptFiles() throws -> [BankFile] {
  try BankFolder.prompts.files()
}
