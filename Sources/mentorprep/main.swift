import MentorPrepCLI

MentorPrepCommand.main()
