#pragma once
// The reports of recent checks, kept in memory (never on disk) under an unguessable id for their
// pages and downloads; the oldest goes when the store is full or its time is up.
#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::serve {

struct StoredReport {
  report::CheckRun run;  // documents and failures named by the uploads' shown names
  // Per plan: the marked-up .docx (the --annotate copy), or why it could not be made.
  std::vector<std::string> annotated;
  std::vector<std::string> annotated_error;
  std::vector<std::string> shown;  // per plan: the upload's shown name
  report::Lang lang = report::Lang::kZh;
};

class ReportStore {
 public:
  ReportStore(std::size_t capacity, std::chrono::minutes life);
  std::string Add(std::shared_ptr<const StoredReport> report);  // the new id: 32 hex digits
  std::shared_ptr<const StoredReport> Find(const std::string& id) const;  // nullptr when gone

 private:
  struct Entry {
    std::shared_ptr<const StoredReport> report;
    std::chrono::steady_clock::time_point added;
  };
  void DropExpired(std::chrono::steady_clock::time_point now);

  const std::size_t capacity_;
  const std::chrono::minutes life_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

// True for a string shaped like a report id.
bool IsReportId(const std::string& id);

}  // namespace plancheck::serve
