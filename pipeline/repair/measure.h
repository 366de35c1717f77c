// Measuring OCR repair: a noise generator that damages clean text the way
// OCR does, and word-level scoring of a repaired text against the clean one.
#ifndef VBTASK_REPAIR_MEASURE_H_
#define VBTASK_REPAIR_MEASURE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "pipeline/repair/repair.h"

namespace vbtask {

// Damages about `rate` of the words of `clean` (dropped glyph, wrong tone
// or vowel mark, letter confusion), reproducibly for a given seed.
std::string AddOcrNoise(std::string_view clean, double rate, uint32_t seed);

struct RepairScore {
  size_t words = 0;          // in the clean text
  size_t errors_before = 0;  // word edit distance, noisy vs clean
  size_t errors_after = 0;   // repaired vs clean
  size_t repairs = 0;
  size_t fixed = 0;    // clean words wrong before and right after
  size_t damaged = 0;  // clean words right before and wrong after
};

// Words are whitespace-separated; alignment is by word edit distance.
RepairScore ScoreRepair(std::string_view noisy, std::string_view repaired,
                        std::string_view clean, size_t repairs);

std::string FormatScore(const RepairScore& s);

}  // namespace vbtask

#endif  // VBTASK_REPAIR_MEASURE_H_
