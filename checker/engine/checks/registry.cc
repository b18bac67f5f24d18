#include "checker/engine/checks/registry.h"

#include "checker/engine/checks/consistency_check.h"
#include "checker/engine/checks/counterpart_check.h"
#include "checker/engine/checks/declared_count_check.h"
#include "checker/engine/checks/doc_number_check.h"
#include "checker/engine/checks/forbid_check.h"
#include "checker/engine/checks/indicator_check.h"
#include "checker/engine/checks/lost_unit_check.h"
#include "checker/engine/checks/numbering_check.h"
#include "checker/engine/checks/order_check.h"
#include "checker/engine/checks/pairs_check.h"
#include "checker/engine/checks/period_check.h"
#include "checker/engine/checks/reference_check.h"
#include "checker/engine/checks/repeat_check.h"
#include "checker/engine/checks/section_check.h"
#include "checker/engine/checks/substitution_check.h"
#include "checker/engine/checks/topic_check.h"

namespace plancheck::checks {

std::span<const CheckKind> CheckKinds() {
  static const CheckKind kKinds[] = {
      {"section", &SectionCheck::FromYaml, "缺少规定章节"},
      {"topic", &TopicCheck::FromYaml, "未提及规定内容"},
      {"indicator", &IndicatorCheck::FromYaml, "缺少或低于规定指标"},
      {"reference", &ReferenceCheck::FromYaml, "未引用依据文件"},
      {"forbid", &ForbidCheck::FromYaml, "出现不应有的表述"},
      {"substitution", &SubstitutionCheck::FromYaml, "用字用词有误"},
      {"consistency", &ConsistencyCheck::FromYaml, "结构或格式不一致"},
      {"order", &OrderCheck::FromYaml, "章节顺序不当"},
      {"counterpart", &CounterpartCheck::FromYaml, "未衔接上级规划指标"},
  };
  return kKinds;
}

std::span<const CheckKind> ConsistencyChecks() {
  static const CheckKind kChecks[] = {
      {"numbering", &NumberingCheck::FromYaml, "标题编号不连续或格式不一"},
      {"pairs", &PairsCheck::FromYaml, "成对符号不配对"},
      {"declared-count", &DeclaredCountCheck::FromYaml, "声明的项数与表格不符"},
      {"period", &PeriodCheck::FromYaml, "目标年份超出规划期"},
      {"doc-number", &DocNumberCheck::FromYaml, "发文字号格式有误"},
      {"repeat", &RepeatCheck::FromYaml, "字词重复"},
      {"lost-unit", &LostUnitCheck::FromYaml, "单位丢失在图片中"},
  };
  return kChecks;
}

}  // namespace plancheck::checks
