#include "checker/document/document.h"

#include <algorithm>

namespace plancheck {

const Block* Document::BlockAtLine(int line) const {
  const auto it = std::lower_bound(blocks.begin(), blocks.end(), line,
                                   [](const Block& b, int l) { return b.line < l; });
  return it != blocks.end() && it->line == line ? &*it : nullptr;
}

}  // namespace plancheck
