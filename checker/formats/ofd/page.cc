// One OFD page as PageText. Positions in OFD are millimetres from the page's top left, y down,
// which is PageText's orientation: only the unit changes. A TextCode's glyph i sits at
// Boundary origin + CTM·(X + ΣDeltaX[0..i), Y + ΣDeltaY[0..i)).
#include "checker/formats/ofd/page.h"

#include <cmath>
#include <pugixml.hpp>

#include "checker/decode/input_error.h"
#include "checker/formats/ofd/loader.h"
#include "checker/formats/ofd/xml.h"

namespace plancheck::ofd {
namespace {

// A glyph placed on the page, in millimetres.
struct Glyph {
  std::string_view text;
  double x = 0, y = 0, advance = 0;
};

// The UTF-8 characters of `text` (a TextCode holds one glyph per character).
std::vector<std::string_view> Characters(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const std::size_t n = lead < 0x80    ? 1
                          : lead >= 0xF0 ? 4
                          : lead >= 0xE0 ? 3
                          : lead >= 0xC0 ? 2
                                         : 1;
    out.push_back(text.substr(i, n));
    i += n;
  }
  return out;
}

// The advance a producer left out of DeltaX: CJK is square, Latin about half as wide.
double DefaultAdvance(std::string_view glyph, double size) {
  return static_cast<unsigned char>(glyph[0]) < 0x80 ? size / 2 : size;
}

bool Blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos ||
         text == "\xE3\x80\x80";  // U+3000 alone
}

class PageReader {
 public:
  PageReader(const std::string& path, const std::string& part, const Fonts& fonts,
             const OfdLimits& limits, std::size_t& objects, PageScan& scan)
      : path_(path), part_(part), fonts_(fonts), limits_(limits), objects_(objects), scan_(scan) {}

  void Objects(pugi::xml_node parent) {
    for (const pugi::xml_node node : parent.children()) {
      if (node.type() != pugi::node_element) continue;
      if (std::string_view(node.attribute("Visible").value()) == "false") continue;
      const std::string_view name = Local(node);
      if (name == "TextObject") Text(node);
      if (name == "PathObject") Path(node);
      if (name == "ImageObject") ++scan_.images;
      if (name == "PageBlock" || name == "Layer") Objects(node);  // nesting bounded by the XML
    }
  }

 private:
  [[noreturn]] void Broken(pugi::xml_node object, const std::string& zh,
                           const std::string& en) const {
    const std::string where =
        part_ + " " + std::string(Local(object)) + " ID " + object.attribute("ID").value() + "：";
    throw InputError(path_, where + zh + "；OFD 已损坏，请重新导出",
                     part_ + ", " + std::string(Local(object)) + " ID " +
                         object.attribute("ID").value() + ": " + en +
                         "; the .ofd is damaged — export it again");
  }

  void Count(pugi::xml_node object) {
    if (++objects_ <= limits_.max_text_codes) return;
    const std::string limit = std::to_string(limits_.max_text_codes);
    Broken(object, "文字和路径对象超过 " + limit + " 个（拒绝读取）",
           "more than " + limit + " TextCodes and PathObjects in the file (refused)");
  }

  Box Boundary(pugi::xml_node object) const {
    const std::string_view text = object.attribute("Boundary").value();
    const std::optional<Box> box = ParseBox(text);
    if (!box) {
      Broken(object, "Boundary“" + std::string(text.substr(0, 60)) + "”不是“x y 宽 高”",
             "Boundary \"" + std::string(text.substr(0, 60)) + "\" is not \"x y w h\"");
    }
    return *box;
  }

  Matrix Ctm(pugi::xml_node object) const {
    const pugi::xml_attribute attr = object.attribute("CTM");
    if (!attr) return {};
    const std::optional<Matrix> ctm = ParseMatrix(attr.value());
    if (!ctm) {
      Broken(object, "CTM 不是 6 个数",
             "CTM \"" + std::string(attr.value()) + "\" is not 6 numbers");
    }
    return *ctm;
  }

  std::vector<double> Offsets(pugi::xml_node object, pugi::xml_node code, const char* name) const {
    const Deltas deltas = ParseDeltas(code.attribute(name).value(), limits_.max_offsets);
    if (!deltas.problem.empty()) {
      Broken(object, std::string("TextCode 的 ") + name + " 有误：" + deltas.problem_zh,
             std::string("TextCode ") + name + ": " + deltas.problem);
    }
    return deltas.values;
  }

  double Coordinate(pugi::xml_node object, pugi::xml_node code, const char* name,
                    double fallback) const {
    const pugi::xml_attribute attr = code.attribute(name);
    if (!attr) return fallback;
    const auto value = ParseNumbers(attr.value(), 1);
    if (!value || value->size() != 1) {
      Broken(object, std::string("TextCode 的 ") + name + " 不是数",
             std::string("TextCode ") + name + " \"" + attr.value() + "\" is not a number");
    }
    return value->front();
  }

  void Text(pugi::xml_node object);
  void Emit(const std::vector<Glyph>& glyphs, double size, bool bold);
  void EndAtBoundary(std::size_t first_run, const Box& box);
  void Path(pugi::xml_node object);

  const std::string& path_;
  const std::string& part_;
  const Fonts& fonts_;
  const OfdLimits& limits_;
  std::size_t& objects_;
  PageScan& scan_;
};

void PageReader::Text(pugi::xml_node object) {
  const Box box = Boundary(object);
  const Matrix ctm = Ctm(object);
  const double size = object.attribute("Size").as_double(box.height);
  const auto font = fonts_.find(object.attribute("Font").value());
  const bool bold =
      (font != fonts_.end() && font->second.bold) || object.attribute("Weight").as_int(400) >= 600;
  const double stretch = std::hypot(ctm.a, ctm.b);
  double pen_x = 0, pen_y = 0;  // a TextCode without X or Y goes on where the last one ended
  const std::size_t first_run = scan_.text.runs.size();
  for (const pugi::xml_node code : object.children()) {
    if (Local(code) != "TextCode") continue;
    Count(object);
    pen_x = Coordinate(object, code, "X", pen_x);
    pen_y = Coordinate(object, code, "Y", pen_y);
    const std::vector<double> dx = Offsets(object, code, "DeltaX");
    const std::vector<double> dy = Offsets(object, code, "DeltaY");
    const std::vector<std::string_view> characters = Characters(code.text().get());
    if (characters.size() > limits_.max_offsets + 1) {
      Broken(object, "TextCode 超过 " + std::to_string(limits_.max_offsets) + " 个字",
             "a TextCode of more than " + std::to_string(limits_.max_offsets) + " characters");
    }
    std::vector<Glyph> glyphs;
    for (std::size_t i = 0; i < characters.size(); ++i) {
      const double advance = DefaultAdvance(characters[i], size);
      glyphs.push_back({characters[i], box.x + ctm.X(pen_x, pen_y), box.y + ctm.Y(pen_x, pen_y),
                        advance * stretch});
      pen_x += i < dx.size() ? dx[i] : advance;
      pen_y += i < dy.size() ? dy[i] : 0;
    }
    Emit(glyphs, size * ctm.VerticalScale(), bold);
  }
  EndAtBoundary(first_run, box);
}

// OFD records no advance for a TextCode's last glyph, so the run's end is a guess (a square, or
// half of one for Latin). The Boundary is the object's real extent: where the guess lands within
// a glyph of its right edge, the edge is where the line ends (its right margin, for paragraphs).
void PageReader::EndAtBoundary(std::size_t first_run, const Box& box) {
  std::vector<TextRun>& runs = scan_.text.runs;
  if (first_run >= runs.size()) return;
  TextRun* last = &runs[first_run];
  for (std::size_t i = first_run; i < runs.size(); ++i) {
    if (runs[i].x + runs[i].width > last->x + last->width) last = &runs[i];
  }
  const double edge = (box.x + box.width) * kPointsPerMm;
  if (std::abs(edge - (last->x + last->width)) < 0.6 * last->size && edge > last->x) {
    last->width = edge - last->x;
  }
}

// Glyphs into runs: a new run where the baseline moves (DeltaY, vertical text) or a gap wider
// than a character opens (columns set in one TextCode).
void PageReader::Emit(const std::vector<Glyph>& glyphs, double size, bool bold) {
  std::size_t start = 0;
  for (std::size_t i = 1; i <= glyphs.size(); ++i) {
    const bool split = i == glyphs.size() || std::abs(glyphs[i].y - glyphs[i - 1].y) > 0.3 * size ||
                       glyphs[i].x - (glyphs[i - 1].x + glyphs[i - 1].advance) > size ||
                       glyphs[i].x < glyphs[i - 1].x - 0.1 * size;
    if (!split) continue;
    TextRun run;
    for (std::size_t j = start; j < i; ++j) run.text += glyphs[j].text;
    if (!Blank(run.text)) {
      run.x = glyphs[start].x * kPointsPerMm;
      run.y = glyphs[start].y * kPointsPerMm;
      run.width = (glyphs[i - 1].x + glyphs[i - 1].advance - glyphs[start].x) * kPointsPerMm;
      run.size = size * kPointsPerMm;
      run.bold = bold;
      scan_.text.runs.push_back(std::move(run));
    }
    start = i;
  }
}

// Ruling lines: the horizontal and vertical straight pieces of a stroked or filled path (a thin
// filled rectangle is how many producers draw a table border).
void PageReader::Path(pugi::xml_node object) {
  Count(object);
  const bool stroke = std::string_view(object.attribute("Stroke").value()) != "false";
  const bool fill = object.attribute("Fill").as_bool(false);
  if (!stroke && !fill) return;
  const Box box = Boundary(object);
  const Matrix ctm = Ctm(object);
  const std::string_view data = Child(object, "AbbreviatedData").text().get();
  constexpr double kStraight = 0.2;  // mm off the axis still counts as straight
  constexpr double kShortest = 2.0;  // mm: a tick or a bullet is no ruling
  for (const Segment& s : StraightSegments(data, limits_.max_offsets)) {
    const double x0 = box.x + ctm.X(s.x0, s.y0), y0 = box.y + ctm.Y(s.x0, s.y0);
    const double x1 = box.x + ctm.X(s.x1, s.y1), y1 = box.y + ctm.Y(s.x1, s.y1);
    const bool axis = std::abs(x1 - x0) < kStraight || std::abs(y1 - y0) < kStraight;
    if (!axis || std::hypot(x1 - x0, y1 - y0) < kShortest) continue;
    scan_.text.rules.push_back(
        {x0 * kPointsPerMm, y0 * kPointsPerMm, x1 * kPointsPerMm, y1 * kPointsPerMm});
  }
}

// The page's own size (Area/PhysicalBox) or the document's.
Box PageBox(pugi::xml_node page, const Box& fallback) {
  const std::optional<Box> own = ParseBox(Child(Child(page, "Area"), "PhysicalBox").text().get());
  return own && own->width > 0 && own->height > 0 ? *own : fallback;
}

}  // namespace

PageScan ReadPage(ZipArchive& zip, const Layout& layout, std::size_t index, const OfdLimits& limits,
                  std::size_t& objects) {
  const std::string& part = layout.pages[index];
  const std::optional<std::string> bytes = zip.Read(part);
  if (!bytes) {
    const std::string n = std::to_string(index + 1);
    throw InputError(zip.path(),
                     layout.document_part + " 的第 " + n + " 页指向 " + part + "，包中没有该部件",
                     layout.document_part + " names " + part + " as page " + n +
                         ", which the package does not hold; the .ofd is incomplete");
  }
  pugi::xml_document doc;
  ParseOfdXml(zip.path(), part, *bytes, doc);
  const pugi::xml_node page = doc.document_element();
  Fonts fonts = layout.fonts;
  for (const pugi::xml_node res : page.children()) {
    if (Local(res) != "PageRes") continue;
    const std::string_view target = res.text().get();
    const std::string from_document = Resolve(layout.document_part, target);
    ReadFonts(zip, zip.Has(from_document) ? from_document : Resolve(part, target), fonts);
  }
  PageScan scan;
  const Box box = PageBox(page, layout.page_area);
  scan.text.number = static_cast<int>(index) + 1;
  scan.text.width = box.width * kPointsPerMm;
  scan.text.height = box.height * kPointsPerMm;
  // Template content (Page/Template → TemplatePage) is not read: it is the furniture repeated on
  // every page that uses it — running headers, rules, emblems — never the plan's text.
  PageReader(zip.path(), part, fonts, limits, objects, scan).Objects(Child(page, "Content"));
  return scan;
}

}  // namespace plancheck::ofd
