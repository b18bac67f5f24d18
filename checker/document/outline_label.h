#pragma once
#include <string>

#include "checker/document/outline.h"

namespace plancheck {

// A heading as a reader writes it: "二、总体要求", "（一）指导思想", "1.深化领域改革",
// "第一章 规划背景", "专栏1 完善公共法律服务基础设施建设", "附件 主要发展指标".
std::string HeadingLabel(const Heading& heading);

}  // namespace plancheck
