#include "checker/cli/standard_input.h"

#include <iostream>
#include <iterator>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/formats/format.h"

namespace plancheck::cli {
namespace {

constexpr std::size_t kMaxStandardInput = kMaxPackageBytes;  // the largest any format takes

}  // namespace

PipedPlan LoadStandardInput(const std::string& name) {
  const std::string shown = name.empty() ? kStandardInput : name;
  std::string bytes;
  char buffer[1 << 16];
  while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
    if (bytes.size() > kMaxStandardInput) {
      throw InputError(shown, "标准输入过大（超过 256 MB）",
                       "standard input is too large (over 256 MB)");
    }
  }
  if (std::cin.bad()) throw InputError(shown, "无法读取标准输入", "cannot read standard input");
  // No extension: text, the format of a pipe.
  const std::string load_as = FormatByExtension(shown) != nullptr ? shown : shown + ".txt";
  Document doc = LoadDocumentBytes(load_as, bytes);
  doc.path = shown;
  return {std::move(doc), std::move(bytes)};
}

}  // namespace plancheck::cli
