import CTerminalSignals
import Foundation

/// What woke a wait for input: the input, or a caught signal.
enum InputWait: Equatable {
  case ready
  case signalled

  /// Waits until `descriptor` can be read or a caught signal writes to the wake pipe (which
  /// is then emptied, before the pending signals are taken): a signal that comes just before
  /// the wait still ends it.
  static func until(readable descriptor: Int32) -> InputWait {
    let wake = terminal_signals_wake_descriptor()
    while true {
      var descriptors = [
        pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
      ]
      let count = poll(&descriptors, wake >= 0 ? 2 : 1, -1)
      if count < 0 && errno != EINTR { return .ready }  // the read that follows reports the error
      if wake >= 0 && descriptors[1].revents != 0 {
        terminal_signals_drain_wake()
        return .signalled
      }
      if count > 0 && descriptors[0].revents != 0 { return .ready }
    }
  }
}
