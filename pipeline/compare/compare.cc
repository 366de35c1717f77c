#include "pipeline/compare/compare.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "pipeline/compare/assignment.h"

namespace vbtask {
namespace {

// An item as the comparison sees it.
// Terms as small integers, given in the order first seen: two items are
// then compared by merging sorted vectors, without hashing a string per
// term and pair.
struct Vocabulary {
  std::unordered_map<std::string, int> ids;
  std::vector<std::string> terms;
  std::vector<double> weights;

  int Id(const std::string& term, const TermWeights& corpus) {
    auto [it, added] = ids.emplace(term, static_cast<int>(terms.size()));
    if (added) {
      terms.push_back(term);
      weights.push_back(corpus.Weight(term));
    }
    return it->second;
  }
};

// Weighted terms of a text.
struct TermSet {
  std::vector<std::pair<int, double>> weights;  // (term id, weight), by id
  double squared_norm = 0, total = 0;
};

struct ItemView {
  int index = -1;
  TermSet terms;   // of the whole text: what pairs the items
  TermSet action;  // without the bodies and times named: what is to be done

  std::set<std::string> lead, cooperate;  // roles; lead inherited from ancestors
  std::set<std::string> specific_lead;    // the lead's roles not addressed to a kind
  std::vector<std::string> lead_names;    // canonical names of the lead
  bool own_cooperate = false;
  std::set<std::string> dates, frequencies;
};

std::string_view ItemText(const Document& doc, const Item& item) {
  if (item.end <= item.begin || item.end > doc.text.size()) return {};
  return std::string_view(doc.text).substr(item.begin, item.end - item.begin);
}

// The lead of an item, or of its nearest ancestor that has one: a bullet
// under "Sở Y tế chủ trì:" is the Sở's.
const std::vector<Agency>& EffectiveLead(const Document& doc, int index) {
  for (int i = index; i >= 0 && i < static_cast<int>(doc.items.size());
       i = doc.items[i].parent) {
    if (!doc.items[i].facts.lead.empty()) return doc.items[i].facts.lead;
  }
  return doc.items[index].facts.lead;
}

TermSet WeighTerms(const std::string& text, const CompareRules& rules,
                   const TermWeights& weights, Vocabulary* vocabulary) {
  TermSet set;
  for (const std::string& term : rules.Terms(rules.levels.LevelFree(text))) {
    int id = vocabulary->Id(term, weights);
    double w = vocabulary->weights[id];
    set.weights.emplace_back(id, w);
    set.squared_norm += w * w;
    set.total += w;
  }
  std::sort(set.weights.begin(), set.weights.end());
  return set;
}

// The item's text without the agencies and times extract found in it: a
// task re-assigned or re-dated is not thereby rewritten.
std::string ActionText(std::string_view text, const ItemFacts& facts) {
  std::string action(text);
  auto erase = [&action](const std::string& phrase) {
    if (phrase.empty()) return;
    for (size_t at = action.find(phrase); at != std::string::npos; at = action.find(phrase, at))
      action.replace(at, phrase.size(), " ");
  };
  for (const Agency& a : facts.lead) erase(a.text);
  for (const Agency& a : facts.cooperate) erase(a.text);
  for (const TimeExpression& t : facts.time) erase(t.text);
  return action;
}

std::vector<ItemView> ViewItems(const Document& doc, const CompareRules& rules,
                                const TermWeights& weights, Vocabulary* vocabulary) {
  std::vector<ItemView> views;
  for (size_t i = 0; i < doc.items.size(); ++i) {
    const Item& item = doc.items[i];
    if (!IsComparableItem(item)) continue;
    ItemView view;
    view.index = static_cast<int>(i);
    std::string_view text = ItemText(doc, item);
    view.terms = WeighTerms(std::string(text), rules, weights, vocabulary);
    view.action = WeighTerms(ActionText(text, item.facts), rules, weights, vocabulary);
    for (const Agency& agency : EffectiveLead(doc, view.index)) {
      std::string role = rules.levels.RoleOf(agency.name);
      view.lead.insert(role);
      view.lead_names.push_back(agency.name);
      if (!rules.levels.IsGeneric(agency.name)) view.specific_lead.insert(role);
    }
    for (const Agency& agency : item.facts.cooperate)
      view.cooperate.insert(rules.levels.RoleOf(agency.name));
    for (const TimeExpression& time : item.facts.time) {
      if (time.kind == TimeKind::kDate || time.kind == TimeKind::kDeadline) {
        if (!time.value.empty()) view.dates.insert(time.value);
      } else if (time.kind == TimeKind::kFrequency && !time.value.empty()) {
        view.frequencies.insert(time.value);
      }
    }
    views.push_back(std::move(view));
  }
  return views;
}

bool Intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a)
    if (b.count(x)) return true;
  return false;
}

// 1 when both sides name it and agree, 0 when both name it and disagree,
// ½ when one side is silent.
double Agreement(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0.5;
  return Intersects(a, b) ? 1.0 : 0.0;
}

struct PairScore {
  double score = 0;
  PairEvidence evidence;
  double child_covered_whole = 0;  // with the bodies and times: for splits
};

struct Overlap {
  double cosine = 0, a_covered = 0, b_covered = 0;
};

Overlap Measure(const TermSet& a, const TermSet& b) {
  double dot = 0, shared = 0;
  auto x = a.weights.begin(), y = b.weights.begin();
  while (x != a.weights.end() && y != b.weights.end()) {
    if (x->first < y->first) {
      ++x;
    } else if (y->first < x->first) {
      ++y;
    } else {
      dot += x->second * x->second;
      shared += x->second;
      ++x;
      ++y;
    }
  }
  Overlap o;
  if (a.squared_norm > 0 && b.squared_norm > 0)
    o.cosine = dot / std::sqrt(a.squared_norm * b.squared_norm);
  o.a_covered = a.total > 0 ? shared / a.total : 0;
  o.b_covered = b.total > 0 ? shared / b.total : 0;
  return o;
}

PairScore ScorePair(const ItemView& p, const ItemView& c, const CompareOptions& options) {
  PairScore result;
  PairEvidence& e = result.evidence;
  Overlap whole = Measure(p.terms, c.terms);
  e.text_similarity = whole.cosine;
  result.child_covered_whole = whole.b_covered;
  Overlap action = Measure(p.action, c.action);
  e.parent_covered = action.a_covered;
  e.child_covered = action.b_covered;
  e.lead_agrees = !p.lead.empty() && Intersects(p.lead, c.lead);
  double agreement = (Agreement(p.lead, c.lead) + Agreement(p.dates, c.dates)) / 2;
  result.score = options.text_weight * e.text_similarity +
                 (1 - options.text_weight) * agreement;
  return result;
}

std::vector<std::string> SharedTerms(const ItemView& p, const ItemView& c,
                                     const Vocabulary& vocabulary, size_t limit) {
  std::vector<std::pair<double, std::string>> shared;
  for (const auto& [id, w] : p.terms.weights)
    if (std::binary_search(c.terms.weights.begin(), c.terms.weights.end(),
                           std::make_pair(id, w)))
      shared.emplace_back(w, vocabulary.terms[id]);
  std::sort(shared.begin(), shared.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> terms;
  for (auto& [w, term] : shared) {
    if (terms.size() == limit) break;
    std::replace(term.begin(), term.end(), '_', ' ');
    terms.push_back(term);
  }
  return terms;
}

std::vector<ChangeType> Classify(const ItemView& p, const ItemView& c,
                                 const PairEvidence& e, const CompareOptions& options) {
  ChangeType text = ChangeType::kAdapted;
  bool parent_kept = e.parent_covered >= options.kept_coverage;
  bool child_kept = e.child_covered >= options.kept_coverage;
  if (e.parent_covered >= options.same_coverage && e.child_covered >= options.same_coverage)
    text = ChangeType::kSame;
  else if (e.split || (child_kept && !parent_kept))
    text = ChangeType::kNarrowed;
  else if (parent_kept && !child_kept)
    text = ChangeType::kExpanded;
  std::vector<ChangeType> changes;
  if (!p.specific_lead.empty() && !c.lead.empty() && !Intersects(p.lead, c.lead))
    changes.push_back(ChangeType::kLeadChanged);
  // A date the parent set and the child moved or left out is re-dated; a
  // child that dates an undated task only makes it concrete.
  bool dates_differ = !p.dates.empty() && !Intersects(p.dates, c.dates);
  // "Định kỳ" (periodic) leaves the period to the child: naming one is no
  // change.
  bool frequency_differs = !p.frequencies.empty() && !c.frequencies.empty() &&
                           !p.frequencies.count("periodic") &&
                           !Intersects(p.frequencies, c.frequencies);
  if (dates_differ || frequency_differs) changes.push_back(ChangeType::kDeadlineChanged);
  if (!p.cooperate.empty() && p.cooperate != c.cooperate)
    changes.push_back(ChangeType::kCooperateChanged);
  if (text != ChangeType::kSame || changes.empty()) changes.insert(changes.begin(), text);
  return changes;
}

std::string FoldedNumber(const TextFolder& folder, const std::string& number) {
  std::string out;
  for (char c : folder.Skeleton(number))
    if (c != ' ') out += c;
  return out;
}

// Whether one of the child's citations names the parent, and the relation
// of the first that does.
bool FindCitationOfParent(const Document& parent, const Document& child,
                          const TextFolder& folder, CitationRelation* relation) {
  std::string parent_number = FoldedNumber(folder, parent.header.number);
  std::string parent_year = parent.header.date.substr(0, 4);
  for (const Citation& citation : child.citations) {
    bool same = !parent.key.empty() && citation.key == parent.key;
    if (!same && !parent_number.empty() && !citation.number.empty() &&
        FoldedNumber(folder, citation.number) == parent_number) {
      std::string year = citation.date.substr(0, 4);
      same = year.empty() || parent_year.empty() || year == parent_year;
    }
    if (same) {
      *relation = citation.relation;
      return true;
    }
  }
  return false;
}

bool SharesCampaign(const Document& a, const Document& b, const TextFolder& folder) {
  for (const std::string& x : a.campaigns)
    for (const std::string& y : b.campaigns)
      if (folder.Skeleton(x) == folder.Skeleton(y)) return true;
  return false;
}

// A parent task addressed only to bodies outside the child's scope is not
// the child's to carry: named bodies none of which is the child's issuer,
// and kinds of units of another level than the child's ("Các huyện ủy",
// for a provincial department).
bool OutsideChildScope(const ItemView& p, const std::string& child_issuer_role,
                       const std::string& child_level, const LevelMap& levels) {
  if (p.lead_names.empty()) return false;
  for (const std::string& name : p.lead_names) {
    if (levels.IsGeneric(name)) {
      std::string level = levels.LevelAddressed(name);
      if (level.empty() || level == child_level) return false;
      continue;
    }
    std::string role = levels.RoleOf(name);
    if (child_issuer_role.compare(0, role.size(), role) == 0) return false;
  }
  return true;
}

}  // namespace

std::string_view NameOf(DocumentRelation relation) {
  switch (relation) {
    case DocumentRelation::kImplements: return "implements";
    case DocumentRelation::kSameCampaign: return "same_campaign";
    case DocumentRelation::kFollowUp: return "follow_up";
    case DocumentRelation::kUnrelated: return "unrelated";
  }
  return "unrelated";
}

std::string_view NameOf(ChangeType change) {
  switch (change) {
    case ChangeType::kSame: return "same";
    case ChangeType::kNarrowed: return "narrowed";
    case ChangeType::kExpanded: return "expanded";
    case ChangeType::kAdapted: return "adapted";
    case ChangeType::kLeadChanged: return "lead_changed";
    case ChangeType::kDeadlineChanged: return "deadline_changed";
    case ChangeType::kCooperateChanged: return "cooperate_changed";
  }
  return "same";
}

namespace {

Result<Comparison> AlignItems(const Document& parent, const std::vector<ItemView>& parents,
                              const Document& child, const std::vector<ItemView>& children,
                              const Vocabulary& vocabulary, const CompareRules& rules,
                              const CompareOptions& options) {
  if (parents.empty())
    return Status::InvalidInput(parent.source.path + ": no task to compare (no items)");
  if (children.empty())
    return Status::InvalidInput(child.source.path + ": no task to compare (no items)");

  std::vector<std::vector<PairScore>> scores(parents.size(),
                                             std::vector<PairScore>(children.size()));
  std::vector<std::vector<double>> benefit(parents.size(),
                                           std::vector<double>(children.size(), 0));
  for (size_t i = 0; i < parents.size(); ++i) {
    for (size_t j = 0; j < children.size(); ++j) {
      scores[i][j] = ScorePair(parents[i], children[j], options);
      if (scores[i][j].score >= options.pair_threshold) benefit[i][j] = scores[i][j].score;
    }
  }
  std::vector<int> assigned = MaximumAssignment(benefit);

  Comparison result;
  result.parent_level = rules.levels.DocumentLevel(parent);
  result.child_level = rules.levels.DocumentLevel(child);
  std::vector<bool> parent_paired(parents.size(), false), child_paired(children.size(), false);
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t i = 0; i < parents.size(); ++i) {
    if (assigned[i] < 0) continue;
    pairs.emplace_back(i, assigned[i]);
    parent_paired[i] = child_paired[assigned[i]] = true;
  }
  // Splits: a child item left over that takes part of a paired parent task.
  std::vector<bool> split(children.size(), false);
  for (size_t j = 0; j < children.size(); ++j) {
    if (child_paired[j]) continue;
    int best = -1;
    for (size_t i = 0; i < parents.size(); ++i) {
      if (!parent_paired[i]) continue;
      const PairScore& s = scores[i][j];
      if (s.score < options.split_threshold ||
          s.child_covered_whole < options.split_coverage)
        continue;
      if (best < 0 || s.score > scores[best][j].score) best = static_cast<int>(i);
    }
    if (best < 0) continue;
    pairs.emplace_back(best, j);
    child_paired[j] = split[j] = true;
  }
  std::sort(pairs.begin(), pairs.end());
  for (auto [i, j] : pairs) {
    ItemPair pair;
    pair.parent = parents[i].index;
    pair.child = children[j].index;
    pair.score = scores[i][j].score;
    pair.evidence = scores[i][j].evidence;
    pair.evidence.split = split[j];
    pair.evidence.shared_terms = SharedTerms(parents[i], children[j], vocabulary, 6);
    pair.changes = Classify(parents[i], children[j], pair.evidence, options);
    result.pairs.push_back(std::move(pair));
  }
  // A parent task split into several child items is split in all of them.
  for (ItemPair& pair : result.pairs) {
    if (pair.evidence.split) continue;
    for (const ItemPair& other : result.pairs) {
      if (other.parent == pair.parent && other.evidence.split) {
        pair.evidence.split = true;
        break;
      }
    }
  }

  std::string child_issuer_role = rules.levels.RoleOf(child.header.issuer);
  for (size_t i = 0; i < parents.size(); ++i) {
    if (parent_paired[i]) continue;
    if (OutsideChildScope(parents[i], child_issuer_role, result.child_level, rules.levels))
      result.not_applicable.push_back(parents[i].index);
    else
      result.dropped.push_back(parents[i].index);
  }
  for (size_t j = 0; j < children.size(); ++j)
    if (!child_paired[j]) result.added.push_back(children[j].index);

  CitationRelation relation = CitationRelation::kMentions;
  result.child_cites_parent = FindCitationOfParent(parent, child, rules.folder, &relation);
  size_t paired_parents = std::count(parent_paired.begin(), parent_paired.end(), true);
  if (result.child_cites_parent) {
    result.relation = relation == CitationRelation::kImplements ||
                              relation == CitationRelation::kBasedOn
                          ? DocumentRelation::kImplements
                          : DocumentRelation::kFollowUp;
  } else if (SharesCampaign(parent, child, rules.folder) ||
             paired_parents >= options.campaign_share * parents.size()) {
    result.relation = DocumentRelation::kSameCampaign;
  }
  return result;
}

}  // namespace

struct Comparer::Prepared {
  Vocabulary vocabulary;
  std::vector<const Document*> documents;
  std::vector<std::vector<ItemView>> views;
};

Comparer::Comparer(const CompareRules& rules, const TermWeights& weights,
                   const CompareOptions& options)
    : rules_(rules), weights_(weights), options_(options),
      prepared_(std::make_unique<Prepared>()) {}

Comparer::~Comparer() = default;

int Comparer::Add(const Document& doc) {
  prepared_->documents.push_back(&doc);
  prepared_->views.push_back(ViewItems(doc, rules_, weights_, &prepared_->vocabulary));
  return static_cast<int>(prepared_->documents.size()) - 1;
}

Result<Comparison> Comparer::Compare(int parent, int child) const {
  return AlignItems(*prepared_->documents[parent], prepared_->views[parent],
                    *prepared_->documents[child], prepared_->views[child],
                    prepared_->vocabulary, rules_, options_);
}

Result<Comparison> CompareDocuments(const Document& parent, const Document& child,
                                    const CompareRules& rules, const TermWeights& weights,
                                    const CompareOptions& options) {
  Comparer comparer(rules, weights, options);
  int p = comparer.Add(parent);
  int c = comparer.Add(child);
  return comparer.Compare(p, c);
}

}  // namespace vbtask
