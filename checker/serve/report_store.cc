#include "checker/serve/report_store.h"

#include <algorithm>
#include <random>

#include <fmt/format.h>

namespace plancheck::serve {

ReportStore::ReportStore(std::size_t capacity, std::chrono::minutes life)
    : capacity_(std::max<std::size_t>(1, capacity)), life_(life) {}

std::string ReportStore::Add(std::shared_ptr<const StoredReport> report) {
  std::random_device random;  // the kernel's generator: an id nobody else can guess
  std::string id;
  for (int i = 0; i < 4; ++i) id += fmt::format("{:08x}", random());
  const auto now = std::chrono::steady_clock::now();
  const std::lock_guard<std::mutex> lock(mutex_);
  DropExpired(now);
  while (entries_.size() >= capacity_) {
    const auto oldest = std::min_element(
        entries_.begin(), entries_.end(),
        [](const auto& a, const auto& b) { return a.second.added < b.second.added; });
    entries_.erase(oldest);
  }
  entries_[id] = Entry{std::move(report), now};
  return id;
}

std::shared_ptr<const StoredReport> ReportStore::Find(const std::string& id) const {
  const std::lock_guard<std::mutex> lock(mutex_);
  const auto it = entries_.find(id);
  if (it == entries_.end()) return nullptr;
  if (std::chrono::steady_clock::now() - it->second.added > life_) return nullptr;
  return it->second.report;
}

void ReportStore::DropExpired(std::chrono::steady_clock::time_point now) {
  std::erase_if(entries_, [&](const auto& e) { return now - e.second.added > life_; });
}

bool IsReportId(const std::string& id) {
  return id.size() == 32 && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace plancheck::serve
