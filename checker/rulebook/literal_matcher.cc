#include "checker/rulebook/literal_matcher.h"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <utility>

namespace plancheck {
namespace {

// The trie while it is built: each node's edges as (byte, child), sorted by byte.
using Edges = std::vector<std::pair<unsigned char, std::int32_t>>;

std::int32_t Insert(std::vector<Edges>& trie, std::string_view literal) {
  std::int32_t node = 0;
  for (const char ch : literal) {
    const auto byte = static_cast<unsigned char>(ch);
    Edges& edges = trie[static_cast<std::size_t>(node)];
    const auto at = std::lower_bound(edges.begin(), edges.end(), byte,
                                     [](const auto& e, unsigned char b) { return e.first < b; });
    if (at != edges.end() && at->first == byte) {
      node = at->second;
      continue;
    }
    const auto child = static_cast<std::int32_t>(trie.size());
    edges.insert(at, {byte, child});
    trie.emplace_back();
    node = child;
  }
  return node;
}

}  // namespace

LiteralMatcher::LiteralMatcher(const std::vector<std::string>& literals) : count_(literals.size()) {
  std::vector<Edges> trie(1);
  std::vector<std::vector<std::int32_t>> ends(1);
  for (std::size_t i = 0; i < literals.size(); ++i) {
    if (literals[i].empty()) throw std::invalid_argument("LiteralMatcher: an empty literal");
    const std::int32_t node = Insert(trie, literals[i]);
    ends.resize(trie.size());
    ends[static_cast<std::size_t>(node)].push_back(static_cast<std::int32_t>(i));
  }
  nodes_.resize(trie.size());
  for (std::size_t n = 0; n < trie.size(); ++n) {
    Node& node = nodes_[n];
    node.first_edge = static_cast<std::int32_t>(labels_.size());
    node.edges = static_cast<std::int32_t>(trie[n].size());
    for (const auto& [byte, child] : trie[n]) {
      labels_.push_back(byte);
      children_.push_back(child);
    }
    if (n < ends.size() && !ends[n].empty()) {
      node.output = static_cast<std::int32_t>(outputs_.size());
      outputs_.insert(outputs_.end(), ends[n].begin(), ends[n].end());
      outputs_.push_back(-1);
    }
  }
  root_.assign(256, 0);
  for (const auto& [byte, child] : trie[0]) root_[byte] = child;
  // Failure links breadth first: a node's suffix is shallower, so its links are already set.
  std::deque<std::int32_t> queue;
  for (const auto& edge : trie[0]) queue.push_back(edge.second);
  while (!queue.empty()) {
    const std::int32_t u = queue.front();
    queue.pop_front();
    for (const auto& [byte, child] : trie[static_cast<std::size_t>(u)]) {
      Node& c = nodes_[static_cast<std::size_t>(child)];
      c.fail = Step(nodes_[static_cast<std::size_t>(u)].fail, byte);
      const Node& f = nodes_[static_cast<std::size_t>(c.fail)];
      c.next_output = f.output >= 0 ? c.fail : f.next_output;
      queue.push_back(child);
    }
  }
}

std::int32_t LiteralMatcher::Child(std::int32_t node, unsigned char byte) const {
  const Node& n = nodes_[static_cast<std::size_t>(node)];
  const auto begin = static_cast<std::size_t>(n.first_edge);
  const auto end = begin + static_cast<std::size_t>(n.edges);
  for (std::size_t e = begin; e < end; ++e) {
    if (labels_[e] == byte) return children_[e];
  }
  return -1;
}

std::int32_t LiteralMatcher::Step(std::int32_t node, unsigned char byte) const {
  while (node != 0) {
    const std::int32_t child = Child(node, byte);
    if (child >= 0) return child;
    node = nodes_[static_cast<std::size_t>(node)].fail;
  }
  return root_[byte];
}

void LiteralMatcher::Match(std::string_view text, std::vector<int>& found) const {
  if (count_ == 0) return;
  const std::size_t start = found.size();
  std::int32_t node = 0;
  for (const char ch : text) {
    node = Step(node, static_cast<unsigned char>(ch));
    const Node& here = nodes_[static_cast<std::size_t>(node)];
    for (std::int32_t n = here.output >= 0 ? node : here.next_output; n >= 0;
         n = nodes_[static_cast<std::size_t>(n)].next_output) {
      for (auto k = static_cast<std::size_t>(nodes_[static_cast<std::size_t>(n)].output);
           outputs_[k] >= 0; ++k) {
        found.push_back(outputs_[k]);
      }
    }
  }
  const auto first = found.begin() + static_cast<std::ptrdiff_t>(start);
  std::sort(first, found.end());
  found.erase(std::unique(first, found.end()), found.end());
}

}  // namespace plancheck
