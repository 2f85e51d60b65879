#pragma once

#include <QString>

class QSpinBox;

namespace handoff {

// Keeps a spin box's unit in the form its number takes: " 1 month", " 12 months". one and many are already
// translated; English, the source language, has no translation to pick a plural form from a single text.
void setCountSuffix(QSpinBox* box, const QString& one, const QString& many);

} // namespace handoff
