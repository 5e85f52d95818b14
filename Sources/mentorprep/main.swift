import MentorPrepCLI

MentorPrepCommand.run(Array(CommandLine.arguments.dropFirst()))
