#pragma once
// SHA-256 (FIPS 180-4), for the checked file's fingerprint in the 审核意见: the recipient can
// confirm the opinion is about the file they hold.
#include <string>
#include <string_view>

namespace plancheck::report::docx {

std::string Sha256Hex(std::string_view bytes);  // 64 lower-case hex digits

}  // namespace plancheck::report::docx
