#include <cctype>
#include <stdexcept>

#include "checker/serve/serve_options.h"

namespace plancheck::serve {

std::size_t ParseByteSize(const std::string& text) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > 12) {
    throw std::invalid_argument("\"" + text + "\" is not a size such as 50MB, 512KB or 1GB");
  }
  std::string unit = text.substr(digits);
  for (char& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::size_t scale = 1;
  if (unit == "KB" || unit == "K") {
    scale = 1u << 10;
  } else if (unit == "MB" || unit == "M") {
    scale = 1u << 20;
  } else if (unit == "GB" || unit == "G") {
    scale = 1u << 30;
  } else if (!unit.empty() && unit != "B") {
    throw std::invalid_argument("\"" + text + "\": the unit must be B, KB, MB or GB");
  }
  const std::size_t size = std::stoull(text.substr(0, digits)) * scale;
  if (size == 0) throw std::invalid_argument("\"" + text + "\": the size must be above 0");
  return size;
}

}  // namespace plancheck::serve
