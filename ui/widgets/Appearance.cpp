#include "widgets/Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace handoff::Appearance {

namespace {

const QString kKey = QStringLiteral("appearance");

// The style the platform gave the application, before any choice replaced it.
QString& systemStyle()
{
    static QString name;
    return name;
}

// A dark palette for the Fusion style: light text on dark grey, and a blue selection that reads on both.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9a, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

} // namespace

QStringList choices()
{
    return {kSystem, kLight, kDark};
}

QString saved()
{
    const QString choice = QSettings().value(kKey).toString();
    return choices().contains(choice) ? choice : kSystem;
}

void choose(const QString& choice)
{
    if (systemStyle().isEmpty() && QApplication::style()) {
        systemStyle() = QApplication::style()->name();
    }
    QSettings().setValue(kKey, choice);
    if (choice == kSystem) {
        if (QStyle* style = QStyleFactory::create(systemStyle())) {
            QApplication::setStyle(style);
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    // Fusion draws every widget from the palette, so a dark palette is dark everywhere.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(choice == kDark ? darkPalette() : QApplication::style()->standardPalette());
}

void applySaved()
{
    const QString choice = saved();
    if (choice != kSystem) {
        choose(choice);
    }
}

} // namespace handoff::Appearance
