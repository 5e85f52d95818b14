import MentorPrepCLI

MentorPrepCommand.main(MentorPrepCommand.arranged(Array(CommandLine.arguments.dropFirst())))
