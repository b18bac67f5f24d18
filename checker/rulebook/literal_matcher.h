#pragma once
// Many plain strings found in one pass over a text (Aho–Corasick over UTF-8 bytes). Most trigger
// patterns are plain words; they go through this, so the RE2::Set's DFA holds only real regular
// expressions and stays small enough not to thrash from one plan to the next. Immutable once
// built: any number of threads may match at once.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

class LiteralMatcher {
 public:
  LiteralMatcher() = default;
  // Literal i of `literals` is reported as i. Empty strings are not allowed (they match
  // everywhere; such a pattern belongs in the RE2::Set).
  explicit LiteralMatcher(const std::vector<std::string>& literals);

  bool empty() const { return count_ == 0; }
  std::size_t size() const { return count_; }

  // Appends to `found` the index of every literal that occurs in `text`, each once, ascending.
  void Match(std::string_view text, std::vector<int>& found) const;

 private:
  struct Node {
    std::int32_t first_edge = 0;  // this node's edges: labels_/children_[first_edge, +edges)
    std::int32_t edges = 0;
    std::int32_t fail = 0;          // the node of the longest proper suffix that is in the trie
    std::int32_t output = -1;       // first literal of outputs_ ending here, or -1
    std::int32_t next_output = -1;  // the nearest suffix node that ends a literal, or -1
  };

  std::int32_t Child(std::int32_t node, unsigned char byte) const;
  std::int32_t Step(std::int32_t node, unsigned char byte) const;

  std::size_t count_ = 0;
  std::vector<Node> nodes_;
  std::vector<unsigned char> labels_;
  std::vector<std::int32_t> children_;
  std::vector<std::int32_t> root_;  // the root's 256 transitions (0 for the root itself)
  // Literals ending at a node: outputs_[node.output …] until the -1 that closes its run.
  std::vector<std::int32_t> outputs_;
};

}  // namespace plancheck
