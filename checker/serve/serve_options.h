#pragma once
// What `plancheck serve` listens on and the limits it keeps (each answered with a message page
// and its HTTP status when exceeded: limit_page.h).
#include <chrono>
#include <cstddef>
#include <string>

namespace plancheck::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";  // loopback unless --host says otherwise
  int port = 8080;
  std::size_t max_upload = 50u << 20;  // bytes of one request (--max-upload 50MB)
  std::size_t max_files = 20;          // plans in one request (--max-files)
  std::chrono::seconds timeout{120};   // one request's check (--timeout)
  int jobs = 2;                        // checks at the same time (--jobs)
  std::size_t waiting = 16;            // requests waiting for a check slot before 429
  std::size_t reports_kept = 64;       // reports kept in memory for their page and downloads
  std::chrono::minutes report_life{60};
};

// "50MB", "512KB", "1GB", "2000000" → bytes. Throws std::invalid_argument with what is wrong.
std::size_t ParseByteSize(const std::string& text);

}  // namespace plancheck::serve
