import Foundation

/// Checks a JSON value (as `JSONSerialization` or Yams gives it) against the subset of JSON
/// Schema that `schemas/` uses, so tests need no validator from outside: `type`, `enum`,
/// `const`, `required`, `properties`, `additionalProperties`, `propertyNames`, `items`,
/// `minItems`, `minProperties`, `pattern`, `anyOf`, `$ref` to `#/$defs/…`. A keyword outside
/// the subset is reported as an error, so the schema cannot silently outgrow the validator.
struct SchemaValidator {
  let root: [String: Any]

  init(file: URL) throws {
    root = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] ?? [:]
  }

  static let understood: Set<String> = [
    "$schema", "$id", "$defs", "$ref", "title", "description", "type", "enum", "const", "required",
    "properties", "additionalProperties", "propertyNames", "items", "minItems", "minProperties",
    "pattern", "anyOf", "format",
  ]

  /// Every place where `value` breaks the schema, as "path: reason"; empty when it conforms.
  func errors(in value: Any) -> [String] {
    errors(value, against: root, at: "$")
  }

  private func errors(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
    var found: [String] = []
    for keyword in schema.keys where !Self.understood.contains(keyword) {
      found.append("\(path): the schema uses '\(keyword)', which this validator does not check")
    }
    if let reference = schema["$ref"] as? String {
      let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
      guard let definitions = root["$defs"] as? [String: Any], let target = definitions[name] as? [String: Any] else {
        return found + ["\(path): unknown reference \(reference)"]
      }
      found += errors(value, against: target, at: path)
    }
    if let types = schema["type"] {
      let allowed = (types as? [String]) ?? [types as? String ?? ""]
      if !allowed.contains(where: { Self.matches(value, type: $0) }) {
        return found + ["\(path): \(Self.describe(value)) is not of type \(allowed.joined(separator: " or "))"]
      }
    }
    if let choices = schema["enum"] as? [Any], !choices.contains(where: { Self.equal($0, value) }) {
      found.append("\(path): \(Self.describe(value)) is not one of the allowed values")
    }
    if let constant = schema["const"], !Self.equal(constant, value) {
      found.append("\(path): \(Self.describe(value)) is not \(Self.describe(constant))")
    }
    if let pattern = schema["pattern"] as? String, let string = value as? String,
      string.range(of: pattern, options: .regularExpression) == nil
    {
      found.append("\(path): '\(string)' does not match \(pattern)")
    }
    if let alternatives = schema["anyOf"] as? [[String: Any]],
      !alternatives.contains(where: { errors(value, against: $0, at: path).isEmpty })
    {
      found.append("\(path): \(Self.describe(value)) matches none of the alternatives")
    }
    if let object = value as? [String: Any], !(value is NSNull) {
      found += objectErrors(object, against: schema, at: path)
    }
    if let array = value as? [Any] {
      if let minimum = schema["minItems"] as? Int, array.count < minimum {
        found.append("\(path): fewer than \(minimum) items")
      }
      if let items = schema["items"] as? [String: Any] {
        for (index, item) in array.enumerated() { found += errors(item, against: items, at: "\(path)[\(index)]") }
      }
    }
    return found
  }

  private func objectErrors(_ object: [String: Any], against schema: [String: Any], at path: String) -> [String] {
    var found: [String] = []
    let properties = schema["properties"] as? [String: Any] ?? [:]
    for key in schema["required"] as? [String] ?? [] where object[key] == nil {
      found.append("\(path): missing '\(key)'")
    }
    if let minimum = schema["minProperties"] as? Int, object.count < minimum {
      found.append("\(path): fewer than \(minimum) keys")
    }
    for (key, member) in object.sorted(by: { $0.key < $1.key }) {
      if let names = schema["propertyNames"] as? [String: Any] {
        found += errors(key, against: names, at: "\(path) key '\(key)'")
      }
      if let known = properties[key] as? [String: Any] {
        found += errors(member, against: known, at: "\(path).\(key)")
      } else if let extra = schema["additionalProperties"] {
        if let allowed = extra as? Bool, !allowed {
          found.append("\(path): unknown key '\(key)'")
        } else if let extraSchema = extra as? [String: Any] {
          found += errors(member, against: extraSchema, at: "\(path).\(key)")
        }
      }
    }
    return found
  }

  private static func matches(_ value: Any, type: String) -> Bool {
    switch type {
    case "null": return value is NSNull
    case "boolean": return isBoolean(value)
    case "integer": return number(value).map { $0 == $0.rounded() } ?? false
    case "number": return number(value) != nil
    case "string": return value is String
    case "array": return value is [Any]
    case "object": return value is [String: Any]
    default: return false
    }
  }

  /// A true or false, whether Swift's own or Foundation's boxed one (`objCType` "c").
  private static func isBoolean(_ value: Any) -> Bool {
    if Swift.type(of: value) == Bool.self { return true }
    guard Swift.type(of: value) is NSNumber.Type, let boxed = value as? NSNumber else { return false }
    return String(cString: boxed.objCType) == "c"
  }

  private static func number(_ value: Any) -> Double? {
    if isBoolean(value) { return nil }
    if let integer = value as? Int, Swift.type(of: value) == Int.self { return Double(integer) }
    if let double = value as? Double, Swift.type(of: value) == Double.self { return double }
    if Swift.type(of: value) is NSNumber.Type, let boxed = value as? NSNumber { return boxed.doubleValue }
    return nil
  }

  private static func equal(_ a: Any, _ b: Any) -> Bool {
    describe(a) == describe(b)
  }

  private static func describe(_ value: Any) -> String {
    if let string = value as? String { return "'\(string)'" }
    if isBoolean(value), let bool = value as? Bool { return bool ? "true" : "false" }
    if let number = number(value) { return "\(number)" }
    return "\(value)"
  }
}
