#pragma once
// Ctrl-C, SIGTERM and SIGHUP during a run. The first signal asks the run to stop at its next safe
// point (between plans, between report files): the exception unwinds, the destructors remove what
// was half-written, and Run() then ends the process by the same signal, so callers see the usual
// status (130 for Ctrl-C). A second signal ends the process at once; what it leaves behind (an
// audit's staging folder) is removed at the next audit's start.
#include <stdexcept>

namespace plancheck::cli {

class Interruption : public std::runtime_error {
 public:
  explicit Interruption(int signal);
  int signal() const { return signal_; }

 private:
  int signal_;
};

// Installs the handlers for its lifetime (one at a time: the command's scope).
class InterruptionWatch {
 public:
  InterruptionWatch();
  ~InterruptionWatch();
  InterruptionWatch(const InterruptionWatch&) = delete;
  InterruptionWatch& operator=(const InterruptionWatch&) = delete;
};

// True once a signal has asked the run to stop.
bool StopRequested();

// Throws Interruption when a signal has asked the run to stop.
void StopIfRequested();

}  // namespace plancheck::cli
