// Shared helpers for the tests: the project's rules, loaded once.
#ifndef VBTASK_TESTS_TEST_SUPPORT_H_
#define VBTASK_TESTS_TEST_SUPPORT_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/driver/batch.h"
#include "pipeline/driver/pipeline.h"
#include "pipeline/emit/emit.h"
#include "pipeline/model/json.h"
#include "pipeline/model/names.h"
#include "pipeline/ocr/ocr.h"

namespace vbtask::testing {

const PipelineRules& Rules();
// The same with the repair stage off: the OCR's own text.
const PipelineRules& RulesWithoutRepair();
// The same keeping the structure of inputs classed `other`: the fragments
// most tests are made of have no header.
const PipelineRules& RulesKeepingOther();
std::string SourcePath(const std::string& relative);
// Processes `text` with RulesKeepingOther().
Document ProcessString(const std::string& text);
// The ids of the document's items, in order.
std::vector<std::string> ItemIds(const Document& doc);

// Where `got` first differs from `want`, line by line, with the lines
// around it: "line 12:\n- want\n+ got", for a failure message.
std::string LineDiff(const std::string& want, const std::string& got);

// The files as one batch, as `vbtask extract` runs them (repair adapts to
// the whole batch); results in the order of `paths`.
std::vector<Result<Document>> ProcessAsBatch(
    const std::vector<std::string>& paths, const BatchOptions& options = {});

// A small PDF written object by object, with a correct cross-reference
// table: `objects[i]` is the body of object i+1 (object 1 is the catalog),
// `trailer` is added to the trailer dictionary.
std::string BuildPdf(const std::vector<std::string>& objects,
                     const std::string& trailer = "");

// A one-page PDF without a text layer; one whose catalog lists no pages; one
// encrypted with a user password (not the empty one).
std::string BlankPagePdf();
std::string NoPagesPdf();
std::string EncryptedPdf();

// A PDF whose page is the image (a scan, no text layer); with `text_page`,
// a first page carrying that (ASCII) text in its text layer comes before it.
std::string ImageOnlyPdf(const PageImage& image,
                         const std::string& text_page = "");

}  // namespace vbtask::testing

#endif  // VBTASK_TESTS_TEST_SUPPORT_H_
