#pragma once

#include <QFont>

namespace handoff {

// The typeface of printed reports and of their charts, without a size (callers set one): DejaVu Sans, then a font for
// each script and for the symbols it lacks, so that a name in Chinese, Hindi or with an emoji prints instead of empty
// boxes.
QFont reportFont();

} // namespace handoff
