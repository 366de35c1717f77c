// Part of the ocr stage: the words of a Tesseract page, and a second look
// at the lines it read badly. On a whole page Tesseract's layout analysis
// sometimes cuts a line among specks and reads it as rubbish ("Số JE HÓA"
// for "Số 07-NQ/ĐU" at 150 dpi); read again alone, as a single line, the
// same pixels usually come out right. Only lines with a doubtful word are
// read again, so a clean page costs no more than one pass.
#ifndef VBTASK_OCR_SECOND_LOOK_H_
#define VBTASK_OCR_SECOND_LOOK_H_

#include <tesseract/baseapi.h>

#include <string>
#include <vector>

namespace vbtask {

// A word as Tesseract gives it, in the pixels of the image it was given.
struct TesseractWord {
  std::string text;
  float confidence = 0;  // 0-100
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double baseline = 0;    // y of its line's baseline
  double row_height = 0;  // of its line
  int line = 0;           // index of its Tesseract text line on the page
};

struct TesseractLine {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The words of the last Recognize() on `api`; `lines` (when given) gets
// the box of each text line, which TesseractWord::line indexes.
std::vector<TesseractWord> ReadWords(tesseract::TessBaseAPI& api,
                                     std::vector<TesseractLine>* lines);

// Reads again, each as a single line, the lines holding a word below
// `doubtful` confidence, and keeps the new reading of a line when its mean
// word confidence is higher, or else the new words read where a doubtful
// word was when they are all surer. Leaves `api` without results and in
// automatic page segmentation. Returns how many lines and words were
// replaced.
int SecondLookAtDoubtfulLines(tesseract::TessBaseAPI& api, float doubtful,
                              std::vector<TesseractWord>* words,
                              const std::vector<TesseractLine>& lines);

}  // namespace vbtask

#endif  // VBTASK_OCR_SECOND_LOOK_H_
