#include "terminal_signals.h"

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t received = 0;

static void note_signal(int signal_number) { received = signal_number; }

void terminal_signals_install(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = note_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
}

int terminal_signals_take(void) {
  int signal_number = received;
  received = 0;
  return signal_number;
}
