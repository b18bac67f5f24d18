#include "checker/document/builders.h"

namespace plancheck {

Metadata ReadMetadata(const Document&) { return {}; }

}  // namespace plancheck
