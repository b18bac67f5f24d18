#include <algorithm>
#include <iomanip>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "checker/cli/commands.h"
#include "checker/cli/inputs.h"
#include "checker/cli/lang.h"
#include "checker/document/document.h"
#include "checker/document/outline_label.h"
#include "checker/document/section_roles.h"
#include "checker/formats/format.h"

namespace plancheck::cli {
namespace {

// An indented tree, the source line first so the reader can jump to it, and the role of each
// section where it changes from its parent's:
//     5  一、规划背景  [background]
//     6    （一）发展基础
void PrintText(const Document& doc, std::ostream& out) {
  const int width = static_cast<int>(std::to_string(std::max(doc.line_count, 1)).size());
  for (const Heading& h : doc.outline.headings) {
    out << std::setw(width) << h.line << "  "
        << std::string(static_cast<std::size_t>(std::max(h.level - 1, 0)) * 2, ' ')
        << HeadingLabel(h);
    if (h.role != doc.outline.RoleOf(h.parent)) out << "  [" << RoleName(h.role) << "]";
    out << '\n';
  }
}

void PrintJson(const Document& doc, std::ostream& out) {
  nlohmann::ordered_json headings = nlohmann::ordered_json::array();
  for (const Heading& h : doc.outline.headings) {
    headings.push_back(
        {{"level", h.level},
         {"number", h.number},
         {"title", h.title},
         {"line", h.line},
         {"role", h.role == SectionRole::kNone ? nlohmann::ordered_json()
                                               : nlohmann::ordered_json(RoleName(h.role))}});
  }
  const nlohmann::ordered_json json{{"path", doc.path}, {"headings", headings}};
  out << json.dump(2) << '\n';
}

}  // namespace

void AddOutlineCommand(CLI::App& app, int& exit_code) {
  auto* cmd =
      app.add_subcommand("outline", "Print the heading tree of a plan / 输出规划的标题结构");
  auto file = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  cmd->add_option("FILE", *file, "The plan (.txt, .md, .docx)")->required();
  cmd->add_option("--format", *format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->callback([cmd, file, format, &exit_code] {
    RequireOneFile(*file, "outline", CommandLang(*cmd));
    const Document doc = LoadDocument(*file);
    if (*format == "json") {
      PrintJson(doc, std::cout);
    } else {
      PrintText(doc, std::cout);
    }
    exit_code = 0;
  });
}

}  // namespace plancheck::cli
