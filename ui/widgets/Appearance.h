#pragma once

#include <QString>
#include <QStringList>

namespace handoff::Appearance {

// How the workstation looks on this computer: as the system does (the default), light, or dark. Kept in the user's
// settings and applied at once, to every window.
inline const QString kSystem;
inline const QString kLight = QStringLiteral("light");
inline const QString kDark = QStringLiteral("dark");

QStringList choices();
// The choice in the user's settings (kSystem when none).
QString saved();
// Applies choice to the running application and keeps it in the user's settings.
void choose(const QString& choice);
// Applies the saved choice (at start).
void applySaved();

} // namespace handoff::Appearance
