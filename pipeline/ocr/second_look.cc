#include "pipeline/ocr/second_look.h"

#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace vbtask {
namespace {

// A new reading must beat the old one by this many points of mean
// confidence: the two are often equally good.
constexpr float kBetterBy = 5;
// The rectangle read again reaches this share of the line's height above
// and below it, for the accents Tesseract's line box may clip.
constexpr double kPadding = 0.25;

float MeanConfidence(const std::vector<TesseractWord>& words, size_t begin,
                     size_t end) {
  if (begin == end) return 0;
  float sum = 0;
  for (size_t k = begin; k < end; ++k) sum += words[k].confidence;
  return sum / static_cast<float>(end - begin);
}

// The line's box, but only as tall as its confident words when it has
// any: a doubtful "word" is often a speck or a stroke of the line above
// that stretched Tesseract's line box over two lines.
TesseractLine RectangleToReread(const std::vector<TesseractWord>& words,
                                size_t begin, size_t end,
                                const TesseractLine& line, float doubtful) {
  TesseractLine box = line;
  bool confident = false;
  for (size_t k = begin; k < end; ++k) {
    const TesseractWord& w = words[k];
    if (w.confidence < doubtful) continue;
    box.y0 = confident ? std::min(box.y0, w.y0) : w.y0;
    box.y1 = confident ? std::max(box.y1, w.y1) : w.y1;
    confident = true;
  }
  return box;
}

// The word of words[begin, end) whose centre is nearest to `w`'s across.
const TesseractWord& NearestByCentre(const std::vector<TesseractWord>& words,
                                     size_t begin, size_t end, const TesseractWord& w) {
  size_t best = begin;
  int best_distance = -1;
  for (size_t k = begin; k < end; ++k) {
    const int distance = std::abs((words[k].x0 + words[k].x1) - (w.x0 + w.x1));
    if (best_distance < 0 || distance < best_distance) best = k, best_distance = distance;
  }
  return words[best];
}

// Where the whole line did not read better, its doubtful words may still
// have: the first pass read the label "1." as "k" and the rest right.
// Each new word belongs to the narrowest old word its centre falls in (a
// speck's box may cover good words); a doubtful old word is swapped for
// its new words when every one of them is confident and surer than it was.
int ReplaceDoubtfulWords(std::vector<TesseractWord>& old_words, size_t begin,
                         size_t end, std::vector<TesseractWord>& again,
                         float doubtful, std::vector<TesseractWord>* out) {
  std::vector<size_t> owner(again.size(), end);
  for (size_t n = 0; n < again.size(); ++n) {
    const int centre_x = (again[n].x0 + again[n].x1) / 2;
    const int centre_y = (again[n].y0 + again[n].y1) / 2;
    for (size_t k = begin; k < end; ++k) {
      const TesseractWord& w = old_words[k];
      if (centre_x < w.x0 || centre_x > w.x1 || centre_y < w.y0 || centre_y > w.y1) {
        continue;
      }
      if (owner[n] == end ||
          w.x1 - w.x0 < old_words[owner[n]].x1 - old_words[owner[n]].x0) {
        owner[n] = k;
      }
    }
  }
  int replaced = 0;
  for (size_t k = begin; k < end; ++k) {
    TesseractWord& w = old_words[k];
    bool any = false;
    float lowest = 100;
    for (size_t n = 0; n < again.size(); ++n) {
      if (owner[n] != k) continue;
      any = true;
      lowest = std::min(lowest, again[n].confidence);
    }
    if (w.confidence >= doubtful || !any || lowest < doubtful ||
        lowest < w.confidence + kBetterBy) {
      out->push_back(std::move(w));
      continue;
    }
    for (size_t n = 0; n < again.size(); ++n) {
      if (owner[n] == k) out->push_back(std::move(again[n]));
    }
    ++replaced;
  }
  return replaced;
}

}  // namespace

std::vector<TesseractWord> ReadWords(tesseract::TessBaseAPI& api,
                                     std::vector<TesseractLine>* lines) {
  std::vector<TesseractWord> words;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return words;
  int line = -1;
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      ++line;
      TesseractLine box;
      it->BoundingBox(tesseract::RIL_TEXTLINE, &box.x0, &box.y0, &box.x1, &box.y1);
      if (lines) lines->push_back(box);
    }
    if (it->Empty(tesseract::RIL_WORD)) continue;
    std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!text || text[0] == 0) continue;
    TesseractWord w;
    w.text = text.get();
    w.confidence = it->Confidence(tesseract::RIL_WORD);
    it->BoundingBox(tesseract::RIL_WORD, &w.x0, &w.y0, &w.x1, &w.y1);
    int bx0, by0, bx1, by1;
    if (!it->Baseline(tesseract::RIL_TEXTLINE, &bx0, &by0, &bx1, &by1)) {
      by0 = by1 = w.y1;
    }
    w.baseline = (by0 + by1) / 2.0;
    float row_height, descenders, ascenders;
    it->RowAttributes(&row_height, &descenders, &ascenders);
    w.row_height = row_height;
    w.line = line;
    words.push_back(std::move(w));
  } while (it->Next(tesseract::RIL_WORD));
  return words;
}

int SecondLookAtDoubtfulLines(tesseract::TessBaseAPI& api, float doubtful,
                              std::vector<TesseractWord>* words,
                              const std::vector<TesseractLine>& lines) {
  std::vector<TesseractWord> out;
  out.reserve(words->size());
  int replaced = 0;
  bool changed_mode = false;
  for (size_t begin = 0; begin < words->size();) {
    size_t end = begin;
    float lowest = 100;
    while (end < words->size() && (*words)[end].line == (*words)[begin].line) {
      lowest = std::min(lowest, (*words)[end++].confidence);
    }
    const int line = (*words)[begin].line;
    std::vector<TesseractWord> again;
    if (lowest < doubtful && line >= 0 && line < static_cast<int>(lines.size())) {
      if (!changed_mode) {
        api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
        changed_mode = true;
      }
      const TesseractLine box = RectangleToReread(*words, begin, end, lines[line], doubtful);
      const int pad = static_cast<int>((box.y1 - box.y0) * kPadding);
      const int y0 = std::max(0, box.y0 - pad);
      api.SetRectangle(std::max(0, box.x0 - pad), y0,
                       box.x1 - box.x0 + 2 * pad, box.y1 + pad - y0);
      if (api.Recognize(nullptr) == 0) again = ReadWords(api, nullptr);
      // A single-line reading boxes its words as tall as the rectangle
      // read, reaching into the lines around; each takes the top and
      // bottom of the first pass's word nearest to it, which were right.
      for (auto& w : again) {
        w.line = line;
        const TesseractWord& near = NearestByCentre(*words, begin, end, w);
        w.y0 = near.y0;
        w.y1 = near.y1;
        w.baseline = near.baseline;
        w.row_height = near.row_height;
      }
    }
    const float now = MeanConfidence(again, 0, again.size());
    if (!again.empty() && now >= doubtful &&
        now >= MeanConfidence(*words, begin, end) + kBetterBy) {
      // Nor does it box the line's ends well; where the line begins and
      // ends tells the layout whether a paragraph goes on.
      again.front().x0 = std::min(again.front().x0, (*words)[begin].x0);
      again.back().x1 = std::max(again.back().x1, (*words)[end - 1].x1);
      for (auto& w : again) out.push_back(std::move(w));
      ++replaced;
    } else {
      replaced += ReplaceDoubtfulWords(*words, begin, end, again, doubtful, &out);
    }
    begin = end;
  }
  if (changed_mode) api.SetPageSegMode(tesseract::PSM_AUTO);
  *words = std::move(out);
  return replaced;
}

}  // namespace vbtask
