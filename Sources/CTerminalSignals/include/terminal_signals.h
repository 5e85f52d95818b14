// The signals a conversation reacts to, recorded by a C handler (async-signal-safe) in one
// place: a static variable in a header would exist once per object file that includes it.
#ifndef MENTORPREP_TERMINAL_SIGNALS_H
#define MENTORPREP_TERMINAL_SIGNALS_H

/// Installs the handler for SIGINT, SIGTERM and SIGHUP without SA_RESTART, so a blocked read
/// returns and the program can clear the line (SIGINT) or save and leave.
void terminal_signals_install(void);

/// The last of SIGINT, SIGTERM and SIGHUP received since the previous call, or 0.
int terminal_signals_take(void);

#endif
