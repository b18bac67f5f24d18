#pragma once
// At most `jobs` checks at once and `waiting` more queued for a slot; beyond that a request is
// turned away at once (429) rather than piling up threads and memory. A slot is a value: it is
// given back when the check that holds it ends, even when the request has timed out.
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>

namespace plancheck::serve {

class CheckGate {
 public:
  CheckGate(int jobs, std::size_t waiting);

  class Slot {
   public:
    explicit Slot(CheckGate& gate) : gate_(&gate) {}
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    ~Slot();

   private:
    CheckGate* gate_;
  };

  // A slot once one is free; nullptr when the queue is full or the gate is closing.
  std::unique_ptr<Slot> Enter();
  // No new checks; returns when every check under way (and queued) has finished.
  void CloseAndDrain();
  int running() const;
  bool closing() const;

 private:
  void Leave();

  const int jobs_;
  const std::size_t waiting_limit_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  int running_ = 0;
  std::size_t waiting_ = 0;
  bool closing_ = false;
};

}  // namespace plancheck::serve
