import MentorPrepCore
public enum Placeholder2 {}
