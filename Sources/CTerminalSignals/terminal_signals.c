#include "terminal_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

// One flag per signal, so a resize arriving after a SIGTERM cannot hide it.
static volatile sig_atomic_t pending_interrupt = 0;
static volatile sig_atomic_t pending_terminate = 0;
static volatile sig_atomic_t pending_hangup = 0;
static volatile sig_atomic_t pending_resize = 0;
static volatile sig_atomic_t pending_stop = 0;
// The self-pipe: the handler writes a byte, so a read waiting in poll always wakes, even
// when the signal comes between the program's last check and the wait.
static int wake_pipe[2] = {-1, -1};

static void note_signal(int signal_number) {
  int saved = errno;
  switch (signal_number) {
    case SIGINT: pending_interrupt = 1; break;
    case SIGTERM: pending_terminate = 1; break;
    case SIGHUP: pending_hangup = 1; break;
    case SIGWINCH: pending_resize = 1; break;
    case SIGTSTP: pending_stop = 1; break;
    default: break;
  }
  if (wake_pipe[1] >= 0) {
    char byte = 1;
    (void)!write(wake_pipe[1], &byte, 1);
  }
  errno = saved;
}

static void catch_signal(int signal_number, int flags) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = note_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = flags;
  sigaction(signal_number, &action, NULL);
}

void terminal_signals_install(void) {
  if (wake_pipe[0] < 0 && pipe(wake_pipe) == 0) {
    for (int i = 0; i < 2; i++) {
      fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
      fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
    }
  }
  catch_signal(SIGINT, 0);
  catch_signal(SIGTERM, 0);
  catch_signal(SIGHUP, 0);
}

void terminal_signals_install_editing(void) {
  // The wake-up pipe interrupts the wait; other system calls (a write to the terminal while
  // the window is dragged) are restarted rather than failed.
  catch_signal(SIGWINCH, SA_RESTART);
  catch_signal(SIGTSTP, SA_RESTART);
}

int terminal_signals_wake_descriptor(void) { return wake_pipe[0]; }

void terminal_signals_drain_wake(void) {
  char bytes[64];
  if (wake_pipe[0] < 0) return;
  while (read(wake_pipe[0], bytes, sizeof bytes) > 0) {
  }
}

int terminal_signals_take(void) {
  if (pending_terminate) {
    pending_terminate = 0;
    return SIGTERM;
  }
  if (pending_hangup) {
    pending_hangup = 0;
    return SIGHUP;
  }
  if (pending_interrupt) {
    pending_interrupt = 0;
    return SIGINT;
  }
  return 0;
}

int terminal_signals_take_resize(void) {
  int resized = pending_resize;
  pending_resize = 0;
  return resized;
}

int terminal_signals_take_stop(void) {
  int stop = pending_stop;
  pending_stop = 0;
  return stop;
}

void terminal_signals_stop_self(void) {
  // The default action stops this process only (not its process group, not its parent);
  // the handler is back once `fg` continues it.
  signal(SIGTSTP, SIG_DFL);
  kill(getpid(), SIGTSTP);
  catch_signal(SIGTSTP, SA_RESTART);
}
