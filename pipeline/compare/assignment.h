// Optimal one-to-one assignment (Hungarian method, O(n²m)), used to pair
// parent and child items so that the total score is greatest.
#ifndef VBTASK_COMPARE_ASSIGNMENT_H_
#define VBTASK_COMPARE_ASSIGNMENT_H_

#include <vector>

namespace vbtask {

// `benefit[r][c]` >= 0, all rows of one length. Returns for each row the
// column assigned to it, or -1; the sum of the assigned benefits is the
// greatest possible. A row whose best assignment has benefit 0 is -1.
std::vector<int> MaximumAssignment(const std::vector<std::vector<double>>& benefit);

}  // namespace vbtask

#endif  // VBTASK_COMPARE_ASSIGNMENT_H_
