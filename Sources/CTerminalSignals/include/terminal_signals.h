// The signals a conversation reacts to, recorded by a C handler (async-signal-safe) in one
// place: a static variable in a header would exist once per object file that includes it.
#ifndef MENTORPREP_TERMINAL_SIGNALS_H
#define MENTORPREP_TERMINAL_SIGNALS_H

/// Installs the handler for SIGINT, SIGTERM and SIGHUP without SA_RESTART, so a blocked read
/// returns and the program can clear the line (SIGINT) or save and leave; opens the wake pipe.
void terminal_signals_install(void);

/// Also catches SIGWINCH and SIGTSTP, which a line editor handles itself (redraw, suspend).
void terminal_signals_install_editing(void);

/// The read end of the pipe every caught signal writes a byte to: poll it with the input.
int terminal_signals_wake_descriptor(void);

/// Empties the wake pipe (before the pending signals are taken).
void terminal_signals_drain_wake(void);

/// SIGTERM or SIGHUP, else SIGINT, received since the previous call, or 0.
int terminal_signals_take(void);

/// Whether SIGWINCH came since the previous call.
int terminal_signals_take_resize(void);

/// Whether SIGTSTP (Ctrl-Z) came since the previous call.
int terminal_signals_take_stop(void);

/// Stops this process as SIGTSTP's default action does, and returns once it is continued.
void terminal_signals_stop_self(void);

#endif
