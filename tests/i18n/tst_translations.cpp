// Every user-visible string has a translation in every language Handoff ships.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT

private:
    // Source texts whose translation is missing, unfinished or empty in a .ts file.
    static QStringList untranslated(const QString& tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return {QStringLiteral("<cannot read %1>").arg(tsPath)};
        }
        QStringList missing;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            // readNext, not readNextStartElement: the latter reads past the end of the document and reports an error.
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty()) {
                    missing.append(source);
                }
            }
        }
        if (xml.hasError()) {
            missing.append(QStringLiteral("<XML error in %1 at line %3: %2>")
                               .arg(tsPath, xml.errorString())
                               .arg(xml.lineNumber()));
        }
        return missing;
    }

private slots:
    void everySourceStringIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        const QStringList files = QStringLiteral(HANDOFF_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        QVERIFY(files.size() >= 3);
        for (const QString& path : files) {
            QTest::newRow(qPrintable(path.section(QLatin1Char('/'), -1))) << path;
        }
    }

    void everySourceStringIsTranslated()
    {
        QFETCH(QString, tsFile);
        QTemporaryDir dir;
        const QString copy = dir.filePath(tsFile.section(QLatin1Char('/'), -1));
        QVERIFY(QFile::copy(tsFile, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // Bring the copy up to date with the sources, exactly as `update_translations` would.
        QProcess lupdate;
        lupdate.start(QStringLiteral(HANDOFF_LUPDATE),
                      // The include paths let lupdate resolve each class's namespace, as the build's own run does.
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), QStringLiteral(HANDOFF_SOURCE_DIR "/core"), QStringLiteral("-I"),
                       QStringLiteral(HANDOFF_SOURCE_DIR "/ui"), QStringLiteral("-I"),
                       QStringLiteral(HANDOFF_SOURCE_DIR "/app"),
                       QStringLiteral("@") + QStringLiteral(HANDOFF_SOURCE_LIST), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const QStringList missing = untranslated(copy);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings have no translation in %2, e.g.:\n  %3")
                                                   .arg(missing.size())
                                                   .arg(tsFile, missing.mid(0, 15).join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
