// Commands of the handoff command line killed while they write; see tst_crashsafety.cpp for the trials.

#pragma once

#include "CrashTrials.h"
#include "core/TestDatabase.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importKilled();
    void demoKilled();
    void workflowKilled();
    void demoKilledWhileItCreatesItsFile_data();
    void demoKilledWhileItCreatesItsFile();
    void cleanupTestCase();

private:
    int trialsPerKind() const { return (m_trials + 2) / 3; }
    QString trialName(const char* kind, int trial, const crash::Kill& kill, const crash::Span& span) const;
    void prepareWorkflow();
    QStringList workflowLedger(const QString& path, int acknowledged, const crash::Step* killed,
                               bool* killedApplied) const;

    quint32 m_seed = 0;
    int m_trials = crash::kDefaultTrials;
    QTemporaryDir m_dir;
    QString m_csv;
    std::unique_ptr<TestDatabase> m_empty;    // for demo: nothing in it but what the schema brings
    std::unique_ptr<TestDatabase> m_people;   // for import: the sales rep who imports
    std::unique_ptr<TestDatabase> m_workflow; // deals ready for the script
    QList<crash::Step> m_script;
};
