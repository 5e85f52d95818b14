import GRDB
import GRDBSQLite

extension Statement {
  /// The UTF-8 bytes of column `column` of the row the statement is on, where SQLite keeps them
  /// (valid until the statement moves on); nil for null. For the commands that read tens of
  /// thousands of rows (`list`, `due`), where making a string of every value showed.
  func columnText(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
    guard sqlite3_column_type(sqliteStatement, column) != SQLITE_NULL,
      let bytes = sqlite3_column_text(sqliteStatement, column)
    else { return nil }
    return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(sqliteStatement, column)))
  }
}
