#include "checker/cli/interruption.h"

#include <csignal>
#include <string>

namespace plancheck::cli {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

// The one piece of process-wide state: a signal handler can only talk to the program through a
// lock-free atomic it sets (std::sig_atomic_t, as the C++ standard allows in handlers).
volatile std::sig_atomic_t g_requested = 0;

extern "C" void OnSignal(int signal) {
  if (g_requested != 0) {  // the second one: stop now
    std::signal(signal, SIG_DFL);
    std::raise(signal);
    return;
  }
  g_requested = signal;
}

}  // namespace

Interruption::Interruption(int signal)
    : std::runtime_error("interrupted by signal " + std::to_string(signal)), signal_(signal) {}

InterruptionWatch::InterruptionWatch() {
  g_requested = 0;
  for (const int s : kSignals) {
    // A signal the caller ignores (nohup, a background job) stays ignored.
    if (std::signal(s, OnSignal) == SIG_IGN) std::signal(s, SIG_IGN);
  }
}

InterruptionWatch::~InterruptionWatch() {
  for (const int s : kSignals) {
    if (std::signal(s, SIG_DFL) == SIG_IGN) std::signal(s, SIG_IGN);
  }
}

bool StopRequested() { return g_requested != 0; }

void StopIfRequested() {
  if (g_requested != 0) throw Interruption(g_requested);
}

}  // namespace plancheck::cli
