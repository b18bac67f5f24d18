#include "checker/document/docx_loader.h"

#include "checker/decode/input_error.h"

namespace plancheck {

Document ParseDocx(const std::string& path, std::string_view) {
  throw InputError(path, ".docx is not read yet; save the plan as UTF-8 text (.txt)");
}

}  // namespace plancheck
