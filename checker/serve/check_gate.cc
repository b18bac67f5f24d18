#include "checker/serve/check_gate.h"

#include <algorithm>

namespace plancheck::serve {

CheckGate::CheckGate(int jobs, std::size_t waiting)
    : jobs_(std::max(1, jobs)), waiting_limit_(waiting) {}

CheckGate::Slot::~Slot() { gate_->Leave(); }

std::unique_ptr<CheckGate::Slot> CheckGate::Enter() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (closing_) return nullptr;
  if (running_ >= jobs_) {
    if (waiting_ >= waiting_limit_) return nullptr;
    ++waiting_;
    changed_.wait(lock, [this] { return running_ < jobs_; });
    --waiting_;
  }
  ++running_;
  return std::make_unique<Slot>(*this);
}

void CheckGate::Leave() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    --running_;
  }
  changed_.notify_all();
}

void CheckGate::CloseAndDrain() {
  std::unique_lock<std::mutex> lock(mutex_);
  closing_ = true;
  changed_.wait(lock, [this] { return running_ == 0 && waiting_ == 0; });
}

int CheckGate::running() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return running_;
}

bool CheckGate::closing() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return closing_;
}

}  // namespace plancheck::serve
