#pragma once

#include "pdf/PageBoxes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bubuh {

// What pre-flight found in one document, before any quota is spent (issue #4, design.md's
// `bubuh-cli inspect`). Every problem has a stable code and a message in the user's language
// that says what to do.
struct Inspection
{
    struct Problem
    {
        enum class Severity { Error, Warning };
        QString code;
        Severity severity = Severity::Error;
        QString message;
    };
    struct Signature
    {
        QString field;
        QString subFilter;
        QString sn; // from an e-Meterai field "Emet<SN>"
    };

    QString file;
    qint64 sizeBytes = 0;
    QString pdfVersion;
    bool encrypted = false;
    bool needsPassword = false;
    QList<PageBoxes> pages;
    QList<Signature> signatures;
    QList<Problem> problems;

    bool usable() const;
    bool hasEmeterai() const;
    QJsonObject toJson() const;
};

struct InspectionOptions
{
    qint64 uploadLimitBytes = 800 * 1024; // what the applicant portals accept
};

class DocumentInspector
{
public:
    using Options = InspectionOptions;

    static Inspection inspectFile(const QString &path, const Options &options = {});
    static Inspection inspect(const QByteArray &pdf, const QString &name,
                              const Options &options = {});
};

} // namespace bubuh
