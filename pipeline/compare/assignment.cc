#include "pipeline/compare/assignment.h"

#include <cstddef>
#include <limits>

namespace vbtask {
namespace {

// Minimum-cost assignment of every row of an n×m cost matrix, n <= m
// (potentials u, v; p[j] is the row holding column j; 1-based inside).
std::vector<int> MinimumCostRows(const std::vector<std::vector<double>>& cost, size_t n,
                                 size_t m) {
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(m + 1, 0);
  std::vector<size_t> p(m + 1, 0), way(m + 1, 0);
  for (size_t i = 1; i <= n; ++i) {
    p[0] = i;
    size_t j0 = 0;
    std::vector<double> minv(m + 1, inf);
    std::vector<bool> used(m + 1, false);
    do {
      used[j0] = true;
      size_t i0 = p[j0], j1 = 0;
      double delta = inf;
      for (size_t j = 1; j <= m; ++j) {
        if (used[j]) continue;
        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (size_t j = 0; j <= m; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  std::vector<int> row_to_column(n, -1);
  for (size_t j = 1; j <= m; ++j)
    if (p[j] != 0) row_to_column[p[j] - 1] = static_cast<int>(j - 1);
  return row_to_column;
}

}  // namespace

std::vector<int> MaximumAssignment(const std::vector<std::vector<double>>& benefit) {
  const size_t rows = benefit.size();
  const size_t columns = rows == 0 ? 0 : benefit[0].size();
  std::vector<int> result(rows, -1);
  if (rows == 0 || columns == 0) return result;
  // The method wants no more rows than columns: transpose when needed.
  const bool transpose = rows > columns;
  const size_t n = transpose ? columns : rows, m = transpose ? rows : columns;
  std::vector<std::vector<double>> cost(n, std::vector<double>(m));
  for (size_t i = 0; i < n; ++i)
    for (size_t j = 0; j < m; ++j)
      cost[i][j] = -(transpose ? benefit[j][i] : benefit[i][j]);
  std::vector<int> assigned = MinimumCostRows(cost, n, m);
  for (size_t i = 0; i < n; ++i) {
    int j = assigned[i];
    if (j < 0) continue;
    size_t r = transpose ? static_cast<size_t>(j) : i;
    size_t c = transpose ? i : static_cast<size_t>(j);
    if (benefit[r][c] > 0) result[r] = static_cast<int>(c);
  }
  return result;
}

}  // namespace vbtask
