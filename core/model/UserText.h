#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace handoff {

// The rules for text that people type and other programs write, at every door it passes: which characters are
// refused on the way in, and how stored text is shown so that it cannot rearrange or hide what stands around it.
//
// A control character is C0 (U+0000-U+001F) other than tab, line feed and carriage return, DEL (U+007F) or C1
// (U+0080-U+009F): invisible, meaningless in a name or a note, and some of them (NUL) cut a string short in other
// programs. Tab and line breaks are ordinary text in every field: a spreadsheet cell may hold them, and a person sees
// them. Bidi formatting characters (U+200E, U+202A-U+202E, U+2066-U+2069, ...) are not refused: people who write
// Arabic or Hebrew need them; what they do is kept inside the text by isolated() wherever the text is shown.
class UserText {
    Q_DECLARE_TR_FUNCTIONS(UserText)

public:
    // Whether the code point is a control character in the sense above.
    static bool isControl(char32_t codePoint);
    // 0-based positions of the control characters in the text.
    static QList<qsizetype> controls(QStringView text);
    // Why the text cannot be taken, as a sentence naming the first control character and its 1-based position, or
    // empty when it holds none. what names the field as the sentence's subject ("The description").
    static QString controlProblem(QStringView text, const QString& what);
    // "U+0000": how a character is named in a message.
    static QString codePointName(char32_t codePoint);

    // The text with each control character replaced by U+FFFD: for stored text and other programs' files, which
    // cannot be refused but must not carry a NUL into HTML or CSV.
    static QString withoutControls(const QString& text);

    // The text inside FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, each line on its own, when a line holds a
    // right-to-left letter or a bidi formatting character; otherwise unchanged, so that Latin text reads and compares
    // as it was typed. An isolate takes its direction from its own first strong letter and ends every embedding and
    // override begun inside it, so neither the text's direction nor a lone U+202E spills into what follows it. A
    // stray U+2069 in the text, which would close the isolate early, gets an isolate of its own to close; an isolate
    // the text leaves open is closed before the isolate around it.
    static QString isolated(const QString& text);

    // What a view or report shows of stored text: without control characters, isolated.
    static QString shown(const QString& text) { return isolated(withoutControls(text)); }
};

} // namespace handoff
