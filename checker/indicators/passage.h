#pragma once
#include <string>
#include <vector>

#include "checker/document/document.h"

namespace plancheck::indicators {

// A paragraph as the prose reader sees it: the NFKC text of one block, or of several when an
// [image: …] at the end of a line cut a sentence in two ("达到10[image]v" … "以上，…"). Where the
// image stood, `text` holds kLostUnit; the debris letters after it are dropped.
class Passage {
 public:
  Passage(const Document& doc, int first_block);

  // Takes in the next block when this passage ends at an image and that block carries on the
  // sentence. Returns false (and changes nothing) otherwise.
  bool TryJoin(int block);

  const std::string& text() const { return text_; }

  // The block and the byte of its norm that passage byte `offset` comes from.
  const Block& BlockOf(std::size_t offset) const;
  int BlockIndexOf(std::size_t offset) const;
  std::size_t NormOf(std::size_t offset) const;

  // The original text (Block::text, not NFKC) of passage bytes [begin, end), debris excluded.
  std::string Original(std::size_t begin, std::size_t end) const;

 private:
  struct Piece {
    std::size_t begin = 0;   // in text_
    std::size_t length = 0;  // in text_
    int block = 0;
    std::size_t norm = 0;  // in the block's norm
    bool copy = true;      // false for the kLostUnit marker
  };
  const Piece& PieceAt(std::size_t offset) const;
  void Append(int block);

  const Document& doc_;
  int first_block_;
  int last_block_;
  bool ends_at_image_ = false;
  std::string text_;
  std::vector<Piece> pieces_;
};

// The passages of the document's prose: paragraphs, headings that run into their paragraph and
// one-cell boxes (专栏); not table cells, not footnotes, not blocks where `skip` is true.
std::vector<Passage> BuildPassages(const Document& doc, const std::vector<bool>& skip);

}  // namespace plancheck::indicators
